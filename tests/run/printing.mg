// fmt's formatting of the language's values: %v and %+v of nested structs, pointers to
// structs (&{...}), slices of structs, maps with sorted keys, nil values of each kind, %T of
// composite and named types, %q of runes and strings, %x of byte slices and strings, width
// and precision, Sprint spacing rules, and Println of named numeric types.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Iface interface{}
	Fn    func()
	Ch    chan int
}

type ID int
type Name string

func main() {
	in := Inner{1, "x"}
	fmt.Println(in, &in)
	fmt.Printf("%v %+v\n", in, &in)
	o := Outer{In: in, List: []Inner{{2, "y"}}, M: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println([]*int{nil}, map[string]bool{}, []string{}, [2]bool{})
	var np *Inner
	var ns []int
	var nm map[int]int
	var ni interface{}
	var ne error
	fmt.Println(np, ns, nm, ni, ne)
	fmt.Printf("%v %v %v %v %d\n", np, ns, nm, ni, ns)
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.List, o.M, o.Fn)
	fmt.Printf("%T %T %T %T\n", o.Ch, ID(1), []Name{}, map[ID][]*Inner{})
	fmt.Printf("%T %T %T\n", struct{ X int }{}, [3]ID{}, func(int) string { return "" })
	fmt.Printf("%q %q %q\n", 'x', "a\"b", []string{"p", "q"})
	fmt.Printf("%x %X %x\n", []byte("hi"), "hi", 3054)
	fmt.Printf("|%5d|%-5d|%05d|%+d|\n", 42, 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%.0f|\n", 3.14159, 2.5, 2.5)
	fmt.Printf("|%10s|%-10s|%.2s|\n", "right", "left", "truncate")
	fmt.Printf("%t %v %08b %o %#x %c\n", true, false, 5, 64, 255, 0x4e16)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true), fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
	fmt.Println(ID(7), Name("n"), []ID{1, 2}, map[Name]ID{"k": 3})
	fmt.Printf("%v %d %s\n", ID(8), ID(9), Name("s"))
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, [][]string{{"a"}, {}})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", 1e100, float32(0.1))
	type pair struct {
		K string
		V *int
	}
	fmt.Printf("%+v\n", pair{K: "k"})
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
}
