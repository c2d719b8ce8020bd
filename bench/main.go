// Command bench measures what a rygtimer countdown costs: it builds the real
// binary, runs it in a pseudo-terminal of 100×30 through a one-hold routine,
// and prints one line per figure against its target (issue 13).
//
//	go run ./bench              # 3 runs of a 30 s hold, about 8 minutes
//	go run ./bench -quick       # 1 run of a 5 s hold, a smoke test
//
// Every run starts in fresh XDG_DATA_HOME and XDG_CONFIG_HOME directories.
// Timings are what the harness sees on the pty, so they include the
// machine's scheduling: compare with the `sleep` line, and run it on an idle
// machine for figures to publish.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	var s settings
	flag.IntVar(&s.runs, "runs", 3, "runs of each kind; the report gives their medians")
	flag.DurationVar(&s.hold, "hold", 30*time.Second, "length of the hold (the targets are for 30s)")
	quick := flag.Bool("quick", false, "a CI-sized run: -runs 1 -hold 5s")
	flag.BoolVar(&s.plainOnly, "plain", false, "measure only the plain hold (no pause runs, no sleep): to try a build or a setting")
	flag.StringVar(&s.binary, "binary", "", "measure this rygtimer binary instead of building one")
	trace := flag.String("trace", "", "write every chunk the app writes to this file, quoted, with its time")
	flag.Parse()
	if *trace != "" {
		f, err := os.Create(*trace)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		defer f.Close()
		s.trace = f
	}
	if *quick {
		s.runs, s.hold = 1, 5*time.Second
	}
	s.cols, s.rows = 100, 30
	if err := run(s); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(s settings) error {
	if s.runs < 1 || s.hold < time.Second {
		return fmt.Errorf("need -runs ≥ 1 and -hold ≥ 1s")
	}
	if s.binary == "" {
		dir, err := os.MkdirTemp("", "rygtimer-bench-bin-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if s.binary, err = build(dir); err != nil {
			return err
		}
	}
	fmt.Printf("rygtimer bench: %s, %d run(s) of a %v hold at %d×%d, %s\n",
		s.binary, s.runs, s.hold, s.cols, s.rows, time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Printf("load average at start: %s\n", loadAverage())
	m, err := measure(s)
	if err != nil {
		return err
	}
	fmt.Printf("load average at end:   %s\n\n", loadAverage())
	if s.hold != 30*time.Second {
		fmt.Printf("The targets are for a 30 s hold: CPU is scaled to 30 s, the other figures are as measured.\n\n")
	}
	printReport(os.Stdout, m.figures(s))
	return nil
}

// build compiles the module the working directory is in (`go run ./bench`
// from the repository root) into dir.
func build(dir string) (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run bench inside the rygtimer module (go env GOMOD: %q, %v)", gomod, err)
	}
	binary := filepath.Join(dir, "rygtimer")
	cmd := exec.Command("go", "build", "-o", binary, ".")
	cmd.Dir = filepath.Dir(gomod)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	fmt.Fprintln(os.Stderr, "bench: building", cmd.Dir)
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build: %w", err)
	}
	return binary, nil
}

// loadAverage is the first three fields of /proc/loadavg: the figures mean
// little on a machine busy with other work, so the report says how busy.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	fields := strings.Fields(string(raw))
	return strings.Join(fields[:min(3, len(fields))], " ")
}
