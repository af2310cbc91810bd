// syntax.mg: annotated syntax-group assertions for editors/vim/syntax/minigo.vim.
// Each "//> TEXT => groups" line checks the nearest line above that is not an
// annotation (see tests.vim). TODO markers are highlighted in comments.
//> TODO => minigoTodo
//> markers => minigoComment
package main
//> package => minigoPackage
//> main => minigoPackageName

import (
	"fmt"
//> "fmt" => minigoImportPath
	str "strings"
//> str => minigoImportAlias
//> "strings" => minigoImportPath
	"sync"
	"time"
)

import "os"
//> import => minigoImport
//> "os" => minigoImportPath

/* A block comment
   spanning lines. */
//> spanning => minigoBlockComment

type Node struct {
//> type => minigoDeclaration
//> Node => minigoTypeName
//> struct => minigoStructure
	Value, Weight int
//> Value => minigoField
//> Weight => minigoField
//> int => minigoType
	Next          *Node
//> Next => minigoField
	inbox         chan<- error
//> inbox => minigoField
//> chan => minigoChan
//> <- => minigoChannelOp
//> error => minigoType
	sync.Mutex
//> sync.Mutex => minigoQualified
	tags          map[string][]byte `json:"tags"`
//> map => minigoStructure
//> string => minigoType
//> byte => minigoType
//> `json:"tags"` => minigoRawString
}

type Shape interface {
//> interface => minigoStructure
	Area() float64
//> float64 => minigoType
}

const limit uint8 = 255
//> const => minigoDeclaration
//> uint8 => minigoType
//> 255 => minigoDecimalInt

var numbers = []interface{}{
	0, 42, 1_000_000,
//> 0 => minigoDecimalInt
//> 42 => minigoDecimalInt
//> 1_000_000 => minigoDecimalInt
	0b1011, 0B_1,
//> 0b1011 => minigoBinaryInt
//> 0B_1 => minigoBinaryInt
	0o755, 0O17, 0644,
//> 0o755 => minigoOctalInt
//> 0O17 => minigoOctalInt
//> 0644 => minigoOctalInt
	0xFF, 0x_dead_BEEF,
//> 0xFF => minigoHexInt
//> 0x_dead_BEEF => minigoHexInt
	1.5, 1., .25, 6.022_140e23, 1e9, 1E-6, 2.5e+3,
//> 1.5 => minigoFloat
//> 1. => minigoFloat
//> .25 => minigoFloat
//> 6.022_140e23 => minigoFloat
//> 1e9 => minigoFloat
//> 1E-6 => minigoFloat
//> 2.5e+3 => minigoFloat
	0x1p-2, 0x1.8p1, 0X.8P0,
//> 0x1p-2 => minigoHexFloat
//> 0x1.8p1 => minigoHexFloat
//> 0X.8P0 => minigoHexFloat
	3i, 2.5i, 1e3i, 0x10i,
//> 3i => minigoImaginary
//> 2.5i => minigoImaginary
//> 1e3i => minigoImaginary
//> 0x10i => minigoImaginary
}

var (
	r1 = 'a'
//> 'a' => minigoRune
	r2 = '\n'
//> \n => minigoEscape
	r3 = '\''
//> \' => minigoEscape
	r4 = '\u00e9'
//> \u00e9 => minigoEscape
	s1 = "tab\there \"quoted\" \x41 \101 done"
//> "tab => minigoString
//> \t => minigoEscape
//> \" => minigoEscape
//> \x41 => minigoEscape
//> \101 => minigoEscape
//> here => minigoString
	s2 = "%d items, %v, %+v, %-8s|%08.3f %x %q %T %%"
//> %d => minigoFormatVerb
//> %v => minigoFormatVerb
//> %+v => minigoFormatVerb
//> %-8s => minigoFormatVerb
//> %08.3f => minigoFormatVerb
//> %% => minigoFormatVerb
//> items => minigoString
	s3 = "no bad escapes here: see errors.mg"
	raw = `C:\new %s
//> C:\new => minigoRawString
//> %s => minigoFormatVerb
second "line" // not a comment
//> "line" => minigoRawString
//> // not a comment => minigoRawString
`
)

func (n *Node) Len() (count int) {
//> func => minigoFunc
//> Node => minigoTypeName
//> Len => minigoFunctionDecl
	for p := n; p != nil; p = p.Next {
//> for => minigoRepeat
//> := => minigoDeclareOp
//> != => minigoOperator
//> nil => minigoConstant
		count++
	}
	return
//> return => minigoStatement
}

func produce(out chan<- int, values ...int) {
//> produce => minigoFunctionDecl
//> chan => minigoChan
//> <- => minigoChannelOp
	defer close(out)
//> defer => minigoDefer
//> close => minigoBuiltin
	for _, v := range values {
//> range => minigoRange
		out <- v
//> <- => minigoChannelOp
	}
}

func main() {
	ch := make(chan int, 8)
//> make => minigoBuiltin
//> chan => minigoChan
//> int => minigoType
	done := make(chan struct{})
	jobs := make(chan Node)
//> Node => minigoTypeName
	go produce(ch, 1, 2, 3)
//> go => minigoGo
//> produce => minigoFunctionCall
	go func() {
//> func => minigoFunc
		defer close(done)
		select {
//> select => minigoSelect
		case v := <-ch:
//> case => minigoLabelKw
//> <- => minigoChannelOp
			fmt.Println(v, len(ch), cap(ch))
//> Println => minigoFunctionCall
//> len => minigoBuiltin
//> cap => minigoBuiltin
		case <-time.After(time.Second):
			panic("timeout")
//> panic => minigoBuiltin
		default:
//> default => minigoLabelKw
		}
	}()
	<-done
	n := &Node{Value: 1, Weight: 2}
//> Node => minigoTypeName
//> Value => minigoFieldKey
//> Weight => minigoFieldKey
	n.Next = new(Node)
//> new => minigoBuiltin
//> Node => minigoTypeName
	xs := []Node{*n}
//> Node => minigoTypeName
	if len(xs) > 1 {
//> if => minigoConditional
		fmt.Println(str.ToUpper("x"), jobs)
	} else {
//> else => minigoConditional
		println(true, false, limit, r1, r2, r3, r4, s1, s2, s3, raw, numbers)
//> true => minigoConstant
	}
outer:
//> outer => minigoLabel
	for i := range 3 {
		switch {
//> switch => minigoConditional
		case i > 1:
			break outer
//> break => minigoStatement
//> outer => minigoLabel
		case i == 0:
			fallthrough
//> fallthrough => minigoStatement
		default:
			continue
		}
	}
	var x float64 = 1 << 3
//> float64 => minigoType
//> << => minigoOperator
	_ = x
	os.Exit(0)
}
