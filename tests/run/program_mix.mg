// A larger program mixing the features: a sort over an interface (like sort.Interface),
// word frequencies with maps and slices of structs, a recursive value printer using type
// switches over nested interface{} data, a pipeline of goroutines, and a small stack VM
// with a switch over named opcodes.
package main

import "fmt"

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func sortAll(s Sorter) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type wordCount struct {
	word  string
	count int
}

type byCount []wordCount

func (b byCount) Len() int { return len(b) }
func (b byCount) Less(i, j int) bool {
	if b[i].count != b[j].count {
		return b[i].count > b[j].count
	}
	return b[i].word < b[j].word
}
func (b byCount) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

func render(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	case []interface{}:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += ","
			}
			s += render(e)
		}
		return s + "]"
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		ks := stringSlice(keys)
		sortAll(ks)
		s := "{"
		for i, k := range ks {
			if i > 0 {
				s += ","
			}
			s += fmt.Sprintf("%q:%s", k, render(x[k]))
		}
		return s + "}"
	}
	return "?"
}

type stringSlice []string

func (s stringSlice) Len() int           { return len(s) }
func (s stringSlice) Less(i, j int) bool { return s[i] < s[j] }
func (s stringSlice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type opcode byte

const (
	opPush opcode = iota
	opAdd
	opMul
	opDup
	opPrint
)

type instr struct {
	op  opcode
	arg int
}

func run(prog []instr) {
	var stack []int
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	for pc := 0; pc < len(prog); pc++ {
		in := prog[pc]
		switch in.op {
		case opPush:
			stack = append(stack, in.arg)
		case opAdd, opMul:
			b, a := pop(), pop()
			if in.op == opAdd {
				stack = append(stack, a+b)
			} else {
				stack = append(stack, a*b)
			}
		case opDup:
			v := pop()
			stack = append(stack, v, v)
		case opPrint:
			fmt.Println("vm:", stack[len(stack)-1])
		}
	}
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range words(text) {
		counts[w]++
	}
	var wc byCount
	for w, c := range counts {
		wc = append(wc, wordCount{w, c})
	}
	sortAll(wc)
	fmt.Println(wc[:3], len(wc))

	data := map[string]interface{}{
		"name": "minigo",
		"tags": []interface{}{"go", "c++", 3, true, nil},
		"meta": map[string]interface{}{"stars": 42, "ok": false},
	}
	fmt.Println(render(data))

	gen := func(n int) <-chan int {
		ch := make(chan int)
		go func() {
			for i := 1; i <= n; i++ {
				ch <- i
			}
			close(ch)
		}()
		return ch
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for v := range in {
				out <- v * v
			}
			close(out)
		}()
		return out
	}
	sum := 0
	for v := range sq(sq(gen(5))) {
		sum += v
	}
	fmt.Println("sum of fourth powers", sum)

	run([]instr{{opPush, 3}, {opPush, 4}, {opAdd, 0}, {opDup, 0}, {opMul, 0}, {opPrint, 0}})
}
