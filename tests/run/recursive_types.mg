// Struct types that refer to themselves through pointers, slices, maps, channels and
// function types: a tree of slices, a map of pointers, a channel of its own struct, a state
// machine whose state holds a function returning the next state, and a node with all of them.
package main

import "fmt"

type Tree struct{ Kids []Tree }

type Dict struct{ M map[string]*Dict }

type Msg struct {
	N     int
	Reply chan Msg
}

type State struct {
	Name string
	Next func(n int) State
}

type Node struct {
	Name     string
	Parent   *Node
	Children []Node
	ByName   map[string]*Node
}

func depth(t Tree) int {
	d := 0
	for _, c := range t.Kids {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

func even(n int) State {
	if n <= 0 {
		return State{Name: "stop"}
	}
	return State{"even", odd}
}

func odd(n int) State { return State{"odd", even} }

func main() {
	t := Tree{[]Tree{{}, {[]Tree{{[]Tree{{}}}}}}}
	fmt.Println(depth(t), len(t.Kids))
	d := Dict{map[string]*Dict{"a": {map[string]*Dict{"b": {}}}}}
	fmt.Println(len(d.M["a"].M), d.M["a"].M["b"] != nil, d.M["x"] == nil)
	reply := make(chan Msg, 1)
	reqs := make(chan Msg)
	go func() {
		m := <-reqs
		m.Reply <- Msg{N: m.N * 2}
	}()
	reqs <- Msg{21, reply}
	fmt.Println((<-reply).N)
	s := even(5)
	for n := 4; s.Next != nil; n-- {
		fmt.Print(s.Name, " ")
		s = s.Next(n)
	}
	fmt.Println(s.Name)
	root := &Node{Name: "root", ByName: map[string]*Node{}}
	root.Children = append(root.Children, Node{Name: "kid", Parent: root})
	root.ByName["kid"] = &root.Children[0]
	fmt.Println(root.ByName["kid"].Parent.Name, len(root.Children))
}
