//go:build windows

// run

// Build constraint false on linux/amd64: not counted.

package main

func main() {}
