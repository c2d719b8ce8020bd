package export

// htmlTemplate is the report page. It is one file with its CSS inline and
// its charts as inline SVG: no script, no font, no image, no link to
// anywhere, so it opens the same in any browser, offline, and prints on
// A4. html/template escapes every text that reaches it.
const htmlTemplate = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{t "report.title"}}</title>
<style>
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 10.5pt; line-height: 1.4; color: #1d1d1f; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 19pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #c9ced6; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm; }
.muted { color: #5b6270; }
.period { font-size: 12pt; font-weight: 600; margin: 0; }
section { break-inside: avoid; page-break-inside: avoid; }
section.long { break-inside: auto; page-break-inside: auto; }
td.when { white-space: nowrap; width: 1%; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid #e3e6eb; }
th { font-size: 9pt; color: #5b6270; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 11px; fill: #5b6270; }
.band.green { fill: #e8f5e9; } .band.amber { fill: #fff6e0; } .band.red { fill: #fdecea; }
.grid { stroke: #d5d9e0; stroke-width: 1; } .tick { stroke: #eceef2; stroke-width: 1; }
polyline { fill: none; stroke-width: 2; stroke-linejoin: round; }
polyline.before { stroke: #8a929e; stroke-dasharray: 5 4; } polyline.after { stroke: #1f5fbf; }
circle.before { fill: #8a929e; } circle.after { fill: #1f5fbf; }
circle.reach-before { fill: #fff; stroke: #1d1d1f; stroke-width: 1.5; } circle.reach-after { fill: #1d1d1f; }
line.centralised { stroke: #2e7d32; stroke-width: 3; } line.spreading { stroke: #c62828; stroke-width: 3; }
.legend { display: flex; gap: 6mm; font-size: 9pt; color: #5b6270; margin: 1mm 0 0; }
.key { display: inline-block; width: 8mm; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 1.5mm; }
.key.before { border-color: #8a929e; border-top-style: dashed; } .key.after { border-color: #1f5fbf; }
.key.up { border-color: #2e7d32; border-top-width: 3px; } .key.down { border-color: #c62828; border-top-width: 3px; }
.bar rect.plan { fill: #eef0f4; } .bar rect.days { fill: #1f5fbf; } .bar line { stroke: #1d1d1f; stroke-width: 1.5; }
.alert { border-left: 4px solid #c62828; background: #fdecea; padding: 2mm 3mm; margin: 2mm 0; }
.note { white-space: pre-wrap; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #5b6270; border-top: 1px solid #c9ced6; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<header>
<h1>{{t "report.title"}}</h1>
{{if .Period}}<p class="period">{{.Period}}</p>{{end}}
<p class="muted">{{t "report.about"}}</p>
</header>
{{if .Empty}}<p>{{t "export.empty"}}</p>{{else}}
<section id="overview"><p>{{.Totals}}</p>
{{if .Spreading}}<p class="alert">{{t "report.spreading"}}</p>{{end}}</section>

<section id="pain">
<h2>{{t "report.pain_title"}}</h2>
<p class="muted">{{t "report.pain_help"}}</p>
{{template "chart" .Pain}}
<div class="legend"><span><span class="key before"></span>{{t "report.legend_before"}}</span><span><span class="key after"></span>{{t "report.legend_after"}}</span></div>
</section>

<section id="reach">
<h2>{{t "report.reach_title"}}</h2>
{{if .Reach}}<p class="muted">{{t "report.reach_help"}}</p>
{{template "chart" .Reach}}
<div class="legend"><span><span class="key up"></span>{{t "reach.move.centralised"}}</span><span><span class="key down"></span>{{t "reach.move.spreading"}}</span></div>
{{if .ReachMoves}}<p>{{.ReachMoves}}</p>{{end}}
{{else}}<p>{{t "report.reach_none"}}</p>{{end}}
</section>

<section id="weeks">
<h2>{{t "report.weeks_title"}}</h2>
<p class="muted">{{t "report.weeks_help" "Plan" .Plan}}</p>
<table><thead><tr><th>{{t "report.col_week"}}</th><th>{{t "report.col_days"}}</th><th></th><th class="num">{{t "report.col_sessions"}}</th><th class="num">{{t "report.col_stops"}}</th></tr></thead>
<tbody>{{range .Weeks}}<tr><td>{{.Label}}</td><td>{{t "report.days_of" "Days" .Days "Plan" $.Plan}}</td>
<td><svg class="bar" width="{{.BarMax}}" height="12" viewBox="0 0 {{.BarMax}} 12"><rect class="plan" x="0" y="1" width="{{.BarMax}}" height="10"/><rect class="days" x="0" y="1" width="{{.BarDays}}" height="10"/><line x1="{{.BarPlan}}" y1="0" x2="{{.BarPlan}}" y2="12"/></svg></td>
<td class="num">{{.Sessions}}</td><td class="num">{{.Stops}}</td></tr>{{end}}</tbody></table>
</section>

<section id="stops">
<h2>{{t "report.stops_title"}}</h2>
{{if .Stops}}<table><thead><tr><th>{{t "report.col_when"}}</th><th>{{t "report.col_routine"}}</th><th>{{t "report.col_pain"}}</th><th>{{t "report.col_during"}}</th><th>{{t "report.col_where"}}</th></tr></thead>
<tbody>{{range .Stops}}<tr><td class="when">{{.When}}</td><td>{{.Routine}}</td><td class="when">{{.Pain}}</td><td>{{.During}}</td><td>{{.Where}}{{if .Reach}}<br><span class="muted">{{.Reach}}</span>{{end}}</td></tr>{{end}}</tbody></table>
{{else}}<p>{{t "report.none"}}</p>{{end}}
</section>

<section id="red-flags">
<h2>{{t "export.red_flags"}}</h2>
{{if .Flags}}<p class="muted">{{t "export.red_flags_help"}}</p>
<table><thead><tr><th>{{t "report.col_when"}}</th><th>{{t "report.col_flag"}}</th><th class="num">{{t "report.col_pain_check_in"}}</th></tr></thead>
<tbody>{{range .Flags}}<tr><td class="when">{{.When}}</td><td>{{.Flag}}{{if .Reach}}<br><span class="muted">{{.Reach}}</span>{{end}}</td><td class="num">{{.Pain}}</td></tr>{{end}}</tbody></table>
{{else}}<p>{{t "report.none"}}</p>{{end}}
</section>

<section id="skipped">
<h2>{{t "report.skipped_title"}}</h2>
{{if .Skipped}}<p class="muted">{{t "report.skipped_help"}}</p>
<table><thead><tr><th>{{t "report.col_exercise"}}</th><th class="num">{{t "report.col_times"}}</th><th>{{t "report.col_last"}}</th></tr></thead>
<tbody>{{range .Skipped}}<tr><td>{{.Exercise}}</td><td class="num">{{.Times}}</td><td>{{.Last}}</td></tr>{{end}}</tbody></table>
{{else}}<p>{{t "report.none"}}</p>{{end}}
</section>

<section id="notes" class="long">
<h2>{{t "report.notes_title"}}</h2>
{{if .Notes}}<table><tbody>{{range .Notes}}<tr><td class="when">{{.When}}</td><td class="note">{{.Text}}</td></tr>{{end}}</tbody></table>
{{else}}<p>{{t "report.none"}}</p>{{end}}
</section>
{{end}}
{{if .Routines}}<section id="routines">
<h2>{{t "report.routines_title"}}</h2>
<p class="muted">{{t "report.routines_help"}}</p>
{{range .Routines}}<h3>{{.Name}}{{if .Phase}} <span class="muted">· {{.Phase}}</span>{{end}}</h3>
<table><thead><tr><th>{{t "report.col_exercise"}}</th><th>{{t "report.col_dose"}}</th></tr></thead>
<tbody>{{range .Lines}}<tr><td>{{.Exercise}}</td><td>{{.Dose}}</td></tr>{{end}}</tbody></table>{{end}}
</section>{{end}}
<footer>{{.Made}} {{t "report.disclaimer"}}</footer>
</body>
</html>
{{define "chart"}}<svg viewBox="0 0 {{.W}} {{.H}}" role="img">
{{range .Bands}}<rect class="band {{.Class}}" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}"/>{{end}}
{{range .Grid}}<line class="{{.Class}}" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>{{end}}
{{range .YLabels}}<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}
{{range .XLabels}}<text x="{{.X}}" y="{{.Y}}" text-anchor="{{.Anchor}}">{{.Text}}</text>{{end}}
{{range .Lines}}{{if .Points}}<polyline class="{{.Class}}" points="{{.Points}}"/>{{end}}{{end}}
{{range .Moves}}<line class="{{.Class}}" x1="{{.X1}}" y1="{{.Y1}}" x2="{{.X2}}" y2="{{.Y2}}"/>{{end}}
{{range .Dots}}<circle class="{{.Class}}" cx="{{.X}}" cy="{{.Y}}" r="{{.R}}"/>{{end}}
</svg>{{end}}`
