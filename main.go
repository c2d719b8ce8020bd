// Command rygtimer is a full-screen terminal companion for the daily
// exercises of a person with a lumbar disc herniation. main only wires
// the process to the command line in package cli.
package main

import (
	"context"
	"os"

	"github.com/rygtimer/rygtimer/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
