// run arg1 arg2

// Needs command-line arguments: a skip, never run.

package main

func main() {}
