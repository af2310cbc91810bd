// run

// Imports a package minigo does not provide: a skip.

package main

import "plugin"

func main() {
	_, err := plugin.Open("none.so")
	_ = err
}
