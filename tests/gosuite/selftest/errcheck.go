// errorcheck

// Not a run test: not counted.

package main

var x int = "s" // ERROR "cannot use"
