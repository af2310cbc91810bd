// A reverse-Polish-notation calculator and a tiny expression-tree builder, written the way a
// parser often is: operands popped and tokens consumed inside call arguments and operator
// operands, relying on Go's left-to-right evaluation.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ vals []float64 }

var ErrUnderflow = errors.New("stack underflow")

func (s *Stack) Push(v float64) { s.vals = append(s.vals, v) }

func (s *Stack) Pop() float64 {
	if len(s.vals) == 0 {
		panic(ErrUnderflow)
	}
	v := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	return v
}

func evalRPN(src string) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("eval %q: %w", src, e)
				return
			}
			panic(r)
		}
	}()
	var st Stack
	for _, tok := range strings.Fields(src) {
		switch tok {
		case "+":
			st.Push(st.Pop() + st.Pop())
		case "*":
			st.Push(st.Pop() * st.Pop())
		case "-": // b a - => a - b with a pushed first: pop order matters
			b := st.Pop()
			st.Push(st.Pop() - b)
		case "swap-":
			st.Push(st.Pop() - st.Pop())
		case "/":
			b := st.Pop()
			st.Push(st.Pop() / b)
		case "dup":
			v := st.Pop()
			st.Push(v)
			st.Push(v)
		default:
			v, perr := strconv.ParseFloat(tok, 64)
			if perr != nil {
				return 0, fmt.Errorf("eval %q: bad token: %w", src, perr)
			}
			st.Push(v)
		}
	}
	if len(st.vals) != 1 {
		return 0, fmt.Errorf("eval %q: %d values left", src, len(st.vals))
	}
	return st.Pop(), nil
}

// An expression tree from a token stream in prefix order.
type Node struct {
	Op          string
	Left, Right *Node
	Val         int
}

type tokens struct {
	list []string
	pos  int
}

func (t *tokens) next() string {
	s := t.list[t.pos]
	t.pos++
	return s
}

func newNode(op string, l, r *Node) *Node { return &Node{Op: op, Left: l, Right: r} }

func parse(t *tokens) *Node {
	tok := t.next()
	switch tok {
	case "+", "-", "*":
		return newNode(tok, parse(t), parse(t))
	}
	v, _ := strconv.Atoi(tok)
	return &Node{Val: v}
}

func (n *Node) String() string {
	if n.Op == "" {
		return strconv.Itoa(n.Val)
	}
	return "(" + n.Left.String() + " " + n.Op + " " + n.Right.String() + ")"
}

func (n *Node) Eval() int {
	switch n.Op {
	case "+":
		return n.Left.Eval() + n.Right.Eval()
	case "-":
		return n.Left.Eval() - n.Right.Eval()
	case "*":
		return n.Left.Eval() * n.Right.Eval()
	}
	return n.Val
}

func main() {
	for _, src := range []string{
		"3 4 +",
		"10 4 -",
		"10 4 swap-",
		"2 3 4 * +",
		"1 2 + 3 4 + *",
		"9 dup *",
		"8 2 /",
		"1 +",
		"1 2",
		"1 x +",
	} {
		v, err := evalRPN(src)
		if err != nil {
			fmt.Println("error:", err, "| underflow:", errors.Is(err, ErrUnderflow))
			continue
		}
		fmt.Printf("%-16s = %g\n", src, v)
	}
	for _, src := range []string{"- 10 3", "* + 1 2 - 7 4", "- - 20 5 * 2 3"} {
		tree := parse(&tokens{list: strings.Fields(src)})
		fmt.Printf("%-16s => %v = %d\n", src, tree, tree.Eval())
	}
}
