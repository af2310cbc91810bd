// font-lock.mg: annotated face assertions for editors/emacs/minigo-mode.el.
// Each "//> TEXT => faces" line checks the nearest line above that is not an
// annotation (see minigo-mode-tests.el).
//> annotation => font-lock-comment-face
package main
//> package => font-lock-keyword-face
//> main => minigo-package-face

import (
	"fmt"
//> "fmt" => minigo-package-face
	str "strings"
//> "strings" => minigo-package-face
	"sync"
	"time"
)

import "os"
//> import => font-lock-keyword-face
//> "os" => minigo-package-face

/* A block comment
   spanning lines. */
//> spanning => font-lock-comment-face

type Node struct {
//> type => font-lock-keyword-face
//> Node => font-lock-type-face
//> struct => font-lock-keyword-face
	Value, Weight int
//> Value => minigo-field-face
//> Weight => minigo-field-face
//> int => font-lock-type-face
	Next          *Node
//> Next => minigo-field-face
//> Node => font-lock-type-face
	inbox         chan<- error
//> inbox => minigo-field-face
//> chan => font-lock-keyword-face
//> <- => minigo-channel-operator-face
//> error => font-lock-type-face
	sync.Mutex
//> Mutex => !minigo-field-face
	tags          map[string][]byte `json:"tags"`
//> map => font-lock-keyword-face
//> string => font-lock-type-face
//> byte => font-lock-type-face
//> `json:"tags"` => font-lock-string-face
}

type Shape interface {
//> interface => font-lock-keyword-face
	Area() float64
//> Area => font-lock-function-name-face
//> float64 => font-lock-type-face
}

const (
	Small, Big = 1, 1 << 10
//> Small => font-lock-variable-name-face
//> Big => font-lock-variable-name-face
)

const limit uint8 = 255
//> const => font-lock-keyword-face
//> limit => font-lock-variable-name-face
//> uint8 => font-lock-type-face
//> 255 => minigo-number-face

var numbers = []interface{}{
	0, 42, 1_000_000,
//> 0 => minigo-number-face
//> 42 => minigo-number-face
//> 1_000_000 => minigo-number-face
	0b1011, 0B_1,
//> 0b1011 => minigo-number-face
//> 0B_1 => minigo-number-face
	0o755, 0O17, 0644,
//> 0o755 => minigo-number-face
//> 0O17 => minigo-number-face
//> 0644 => minigo-number-face
	0xFF, 0x_dead_BEEF,
//> 0xFF => minigo-number-face
//> 0x_dead_BEEF => minigo-number-face
	1.5, 1., .25, 6.022_140e23, 1e9, 1E-6, 2.5e+3,
//> 1.5 => minigo-number-face
//> 1. => minigo-number-face
//> .25 => minigo-number-face
//> 6.022_140e23 => minigo-number-face
//> 1e9 => minigo-number-face
//> 1E-6 => minigo-number-face
//> 2.5e+3 => minigo-number-face
	0x1p-2, 0x1.8p1, 0X.8P0,
//> 0x1p-2 => minigo-number-face
//> 0x1.8p1 => minigo-number-face
//> 0X.8P0 => minigo-number-face
	3i, 2.5i, 1e3i, 0x10i,
//> 3i => minigo-number-face
//> 2.5i => minigo-number-face
//> 1e3i => minigo-number-face
//> 0x10i => minigo-number-face
}

var (
	r1 = 'a'
//> r1 => font-lock-variable-name-face
//> 'a' => font-lock-string-face
	r2 = '\n'
//> \n => minigo-escape-face font-lock-string-face
	r3 = '\''
//> \' => minigo-escape-face
	r4 = '\u00e9'
//> \u00e9 => minigo-escape-face
	s1 = "tab\there \"quoted\" \x41 \101 done"
//> "tab => font-lock-string-face
//> \t => minigo-escape-face
//> \" => minigo-escape-face
//> \x41 => minigo-escape-face
//> \101 => minigo-escape-face
//> here => font-lock-string-face !minigo-escape-face
	s2 = "%d items, %v, %+v, %-8s|%08.3f %x %q %T %%"
//> %d => minigo-format-verb-face font-lock-string-face
//> %v => minigo-format-verb-face
//> %+v => minigo-format-verb-face
//> %-8s => minigo-format-verb-face
//> %08.3f => minigo-format-verb-face
//> %% => minigo-format-verb-face
//> items => font-lock-string-face !minigo-format-verb-face
	raw = `C:\new %s
//> C:\new => font-lock-string-face !minigo-escape-face
//> %s => minigo-format-verb-face
second "line" // not a comment
//> "line" => font-lock-string-face
//> // not a comment => font-lock-string-face !font-lock-comment-face
`
	after = 1
//> after => font-lock-variable-name-face !font-lock-string-face
)

func (n *Node) Len() (count int) {
//> func => font-lock-keyword-face
//> Node => font-lock-type-face
//> Len => font-lock-function-name-face
	for p := n; p != nil; p = p.Next {
//> for => font-lock-keyword-face
//> p => font-lock-variable-name-face
//> := => minigo-operator-face
//> nil => font-lock-constant-face
		count++
	}
	return
//> return => font-lock-keyword-face
}

func produce(out chan<- int, values ...int) {
//> produce => font-lock-function-name-face
//> chan => font-lock-keyword-face
//> <- => minigo-channel-operator-face
	defer close(out)
//> defer => font-lock-keyword-face
//> close => font-lock-builtin-face
	for _, v := range values {
//> range => font-lock-keyword-face
		out <- v
//> <- => minigo-channel-operator-face
	}
}

func main() {
	ch := make(chan int, 8)
//> make => font-lock-builtin-face
//> chan => font-lock-keyword-face
//> int => font-lock-type-face
//> 8 => minigo-number-face
	done := make(chan struct{})
	jobs := make(chan Node)
//> Node => font-lock-type-face
	go produce(ch, 1, 2, 3)
//> go => font-lock-keyword-face
//> produce => minigo-function-call-face
	go func() {
//> func => font-lock-keyword-face
		defer close(done)
		select {
//> select => font-lock-keyword-face
		case v := <-ch:
//> case => font-lock-keyword-face
//> <- => minigo-channel-operator-face
			fmt.Println(v, len(ch), cap(ch))
//> Println => minigo-function-call-face
//> len => font-lock-builtin-face
//> cap => font-lock-builtin-face
		case <-time.After(time.Second):
			panic("timeout")
//> panic => font-lock-builtin-face
		default:
//> default => font-lock-keyword-face
		}
	}()
	<-done
	n := &Node{Value: 1, Weight: 2}
//> Node => font-lock-type-face
//> Value => minigo-field-face
//> Weight => minigo-field-face
	n.Next = new(Node)
//> new => font-lock-builtin-face
//> Node => font-lock-type-face
	xs := []Node{*n}
//> Node => font-lock-type-face
	if len(xs) > 1 {
//> if => font-lock-keyword-face
		fmt.Println(str.ToUpper("x"), jobs)
	} else {
//> else => font-lock-keyword-face
		println(true, false, limit, r1, r2, r3, r4, s1, s2, raw, after, numbers, Small, Big)
//> true => font-lock-constant-face
	}
outer:
//> outer => font-lock-constant-face
	for i := range 3 {
		switch {
//> switch => font-lock-keyword-face
		case i > 1:
			break outer
//> break => font-lock-keyword-face
//> outer => font-lock-constant-face
		case i == 0:
			fallthrough
//> fallthrough => font-lock-keyword-face
		default:
			continue
		}
	}
	var x float64 = 1 << 3
//> float64 => font-lock-type-face
	_ = x
	os.Exit(0)
}

func handle(w *Node, reqs []Shape, opts ...Node) (done Shape, err error) {
//> w => !font-lock-type-face
//> Node => font-lock-type-face
//> Shape => font-lock-type-face
//> opts => !font-lock-type-face
//> Node#2 => font-lock-type-face
	return nil, nil
}
