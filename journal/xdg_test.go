package journal

import "github.com/adrg/xdg"

func reloadXDG() { xdg.Reload() }
