// Labels: undefined, unused, duplicate and misused labels.
package main

func main() {
Unused: // ERROR "label Unused (defined|declared) and not used"
	for {
		break
	}
Outer:
	for {
		break Outer
	}
	for {
		break Missing // ERROR "break label not defined: Missing"
	}
	for {
		continue Nowhere // ERROR "continue label not defined: Nowhere"
	}
Dup:
	for {
		break Dup
	}
Dup: // ERROR "label Dup already defined at .*labels.mg:19:1"
	for {
		break
	}
NotLoop:
	{
		for {
			break NotLoop // ERROR "invalid break label NotLoop"
		}
	}
Sw:
	switch {
	case true:
		for {
			continue Sw // ERROR "invalid continue label Sw"
		}
	}
	func() {
	Inner:
		for {
			break Inner
		}
		for {
			break Outer // ERROR "break label not defined: Outer"
		}
	}()
}
