// goto: undefined labels, jumps into blocks, jumps over variable declarations, unused labels.
package main

func main() {
	goto missing // ERROR "label missing not defined"
	goto over    // ERROR "goto over jumps over variable declaration at line 7"
	x := 1
over:
	_ = x
	goto inner // ERROR "goto inner jumps into block"
	{
	inner:
	}
	for i := 0; i < 2; i++ {
		goto out // jumping out of a block is fine
	}
out:
	goto out2 // a forward jump over a constant or type declaration is fine
	const c = 1
	type T int
out2:
unused: // ERROR "label unused defined and not used"
	println()
	func() {
		goto out // ERROR "label out not defined"
	}()
}
