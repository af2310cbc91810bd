// syntax.mg: annotated scope assertions for the minigo TextMate grammar.
// Each "//> TEXT => scopes" line checks the nearest line above it that is not an
// annotation (see run.js). Written as a valid program so the corpus check also runs on it.
package main
//> package => keyword.package.go
//> main => entity.name.type.package.go

import (
	"fmt"
//> fmt => entity.name.import.go string.quoted.double.go
//> " => punctuation.definition.string.begin.go
	str "strings"
//> str => variable.other.import.go
//> strings => entity.name.import.go
	"sync"
	"time"
//> time => entity.name.import.go !variable.other.go
)

import "os"
//> import => keyword.control.import.go
//> os => entity.name.import.go

/* A block comment
   spanning lines. */
//> spanning lines. => comment.block.go
//> */ => punctuation.definition.comment.go

// Celsius is a named type.
//> // => comment.line.double-slash.go punctuation.definition.comment.go
//> Celsius is => comment.line.double-slash.go
type Celsius float64
//> type => keyword.type.go
//> Celsius => entity.name.type.go
//> float64 => storage.type.numeric.go

type Node struct {
//> struct => keyword.struct.go
//> { => punctuation.definition.begin.bracket.curly.go
	Value    int
//> Value => variable.other.property.go
//> int => storage.type.numeric.go
	Next     *Node
//> Next => variable.other.property.go
//> * => keyword.operator.address.go
//> Node => entity.name.type.go
	Tags     map[string][]byte `json:"tags"`
//> Tags => variable.other.property.go
//> map => keyword.map.go
//> string => storage.type.string.go
//> byte => storage.type.byte.go
//> `json:"tags"` => string.quoted.raw.go
	inbox    chan<- error
//> inbox => variable.other.property.go
//> chan => keyword.channel.go
//> <- => keyword.operator.channel.go
//> error => storage.type.error.go
	a, b     rune
//> a => variable.other.property.go
//> b => variable.other.property.go
//> rune => storage.type.rune.go
	sync.Mutex
//> sync => entity.name.type.package.go
//> Mutex => entity.name.type.go !variable.other.property.go
	callback func(n int) bool
//> callback => variable.other.property.go
//> func => keyword.function.go
//> n#2 => variable.parameter.go
//> bool => storage.type.boolean.go
}

type Stringer interface {
//> interface => keyword.interface.go
	String() string
//> String => entity.name.function.go
//> string => storage.type.string.go
}

const (
	Small, Big = 1, 1 << 10
//> Small => variable.other.assignment.go
//> Big => variable.other.assignment.go
//> << => keyword.operator.arithmetic.bitwise.go
	Unit Celsius = iota
//> Unit => variable.other.assignment.go
//> Celsius => entity.name.type.go
//> iota => constant.language.go
)
//> ) => punctuation.definition.end.bracket.round.go

const limit uint8 = 255
//> const => keyword.const.go
//> limit => variable.other.assignment.go
//> uint8 => storage.type.numeric.go
//> 255 => constant.numeric.decimal.go

var registry = map[string]*Node{}
//> var => keyword.var.go
//> registry => variable.other.assignment.go
//> Node => entity.name.type.go

var (
	mu    sync.Mutex
//> mu => variable.other.assignment.go
//> sync => entity.name.type.package.go
//> Mutex => entity.name.type.go
	ready = make(chan struct{})
//> make => entity.name.function.support.builtin.go
//> chan => keyword.channel.go
//> struct => keyword.struct.go
)

// Every numeric literal form.
var numbers = []interface{}{
	0, 42, 1_000_000,
//> 0 => constant.numeric.decimal.go
//> 42 => constant.numeric.decimal.go
//> 1_000_000 => constant.numeric.decimal.go
//> _ => punctuation.separator.constant.numeric.go
	0b1011, 0B_1,
//> 0b => keyword.other.unit.binary.go
//> 1011 => constant.numeric.binary.go
//> 0B => keyword.other.unit.binary.go
//> _1 => constant.numeric.binary.go
	0o755, 0O17, 0644,
//> 0o => keyword.other.unit.octal.go
//> 755 => constant.numeric.octal.go
//> 17 => constant.numeric.octal.go
//> 0644 => !constant.numeric.decimal.go
//> 644 => constant.numeric.octal.go
	0xFF, 0x_dead_BEEF,
//> 0x => keyword.other.unit.hexadecimal.go
//> FF => constant.numeric.hexadecimal.go
//> dead => constant.numeric.hexadecimal.go
//> BEEF => constant.numeric.hexadecimal.go
	1.5, 1., .25, 6.022_140e23, 1e9, 1E-6, 2.5e+3,
//> 1.5 => constant.numeric.decimal
//> . => constant.numeric.decimal.point.go
//> 1. => constant.numeric.decimal
//> .25 => constant.numeric.decimal
//> 6.022_140e23 => !invalid !variable.other.go
//> 022_140 => constant.numeric.decimal.go
//> e => keyword.other.unit.exponent.decimal.go
//> 23 => constant.numeric.exponent.decimal.go
//> 1e9 => !variable.other.go !invalid
//> 9 => constant.numeric.exponent.decimal.go
//> E => keyword.other.unit.exponent.decimal.go
//> - => keyword.operator.minus.exponent.decimal.go
//> + => keyword.operator.plus.exponent.decimal.go
	0x1p-2, 0x1.8p1, 0X.8P0,
//> 1p => !invalid
//> p => keyword.other.unit.exponent.hexadecimal.go
//> - => keyword.operator.minus.exponent.hexadecimal.go
//> .8p1 => !invalid
//> P => keyword.other.unit.exponent.hexadecimal.go
	3i, 2.5i, 1e3i, 0x10i, 0123i,
//> i => keyword.other.unit.imaginary.go
//> 3 => constant.numeric.decimal.go
//> 2.5 => constant.numeric.decimal
//> 0123 => constant.numeric.decimal.go
}

// Runes and strings with escapes, raw strings and format verbs.
var (
	r1 = 'a'
//> ' => punctuation.definition.string.begin.go string.quoted.rune.go
//> a => constant.other.rune.go
	r2 = '\n'
//> \n => constant.other.rune.go constant.character.escape.go
	r3 = '\''
//> \' => constant.character.escape.go
	r4 = '\x41'
//> \x41 => constant.character.escape.go
	r5 = '\u00e9'
//> \u00e9 => constant.character.escape.go
	r6 = '\U0001F600'
//> \U0001F600 => constant.character.escape.go
	r7 = '\101'
//> \101 => constant.character.escape.go
	r8 = 'é'
//> é => constant.other.rune.go
	s1 = "tab\there \"quoted\" \\ done\a"
//> "tab => string.quoted.double.go
//> \t => constant.character.escape.go
//> \" => constant.character.escape.go
//> \\ => constant.character.escape.go
//> \a => constant.character.escape.go
//> here => string.quoted.double.go !constant.character.escape.go
	s2 = "%d items, %v, %+v, %#v, %T, %5.2f, %-8s|%08.3f %x %X %q %c %U %p %t %e %g %%"
//> %d => constant.other.placeholder.go
//> %v => constant.other.placeholder.go
//> %+v => constant.other.placeholder.go
//> %#v => constant.other.placeholder.go
//> %T => constant.other.placeholder.go
//> %5.2f => constant.other.placeholder.go
//> %-8s => constant.other.placeholder.go
//> %08.3f => constant.other.placeholder.go
//> %% => constant.other.placeholder.go
//> items => !constant.other.placeholder.go
	s3 = "%[2]d %[1]*d %6.*f"
//> %[2]d => constant.other.placeholder.go
//> %[1]*d => constant.other.placeholder.go
//> %6.*f => constant.other.placeholder.go
	raw = `C:\new\table %s
//> "\u0060" => punctuation.definition.string.begin.go string.quoted.raw.go
//> \n => string.quoted.raw.go !constant.character.escape.go
//> %s => constant.other.placeholder.go
second "line" // not a comment
//> "line" => string.quoted.raw.go
//> // not a comment => string.quoted.raw.go !comment
`
//> "\u0060" => punctuation.definition.string.end.go
)

func (n *Node) Len() (count int) {
//> func => keyword.function.go
//> n#2 => variable.parameter.go
//> * => keyword.operator.address.go
//> Node => entity.name.type.go
//> Len => entity.name.function.go
//> count => variable.parameter.go
//> int => storage.type.numeric.go
	for p := n; p != nil; p = p.Next {
//> for => keyword.control.go
//> p => variable.other.assignment.go
//> := => keyword.operator.assignment.go
//> != => keyword.operator.comparison.go
//> nil => constant.language.go
//> Next => variable.other.property.field.go
		count++
//> ++ => keyword.operator.increment.go
	}
	return
//> return => keyword.control.go
}

func produce(out chan<- int, values ...int) {
//> produce => entity.name.function.go
//> out => variable.parameter.go
//> chan => keyword.channel.go
//> <- => keyword.operator.channel.go
//> values => variable.parameter.go
//> ... => keyword.operator.ellipsis.go
	defer close(out)
//> defer => keyword.control.go
//> close => entity.name.function.support.builtin.go
	for _, v := range values {
//> range => keyword.control.go
//> v => variable.other.assignment.go
		out <- v
//> <- => keyword.operator.channel.go
	}
}

func consume(in <-chan int, done chan struct{}, quit <-chan time.Time) (sum int, err error) {
//> in => variable.parameter.go
//> <-chan => keyword
//> <- => keyword.operator.channel.go
//> done => variable.parameter.go
//> chan#2 => keyword.channel.go
//> quit => variable.parameter.go
//> time => entity.name.type.package.go
//> Time => entity.name.type.go
//> sum#2 => variable.parameter.go
//> err => variable.parameter.go
//> error => storage.type.error.go
	defer func() {
//> func => keyword.function.go
		if r := recover(); r != nil {
//> recover => entity.name.function.support.builtin.go
			err = fmt.Errorf("recovered: %v", r)
//> Errorf => entity.name.function.support.go
//> %v => constant.other.placeholder.go
		}
	}()
	for {
		select {
//> select => keyword.control.go
		case v, ok := <-in:
//> case => keyword.control.go
//> v => variable.other.assignment.go
//> ok => variable.other.assignment.go
//> <- => keyword.operator.channel.go
//> :#2 => punctuation.other.colon.go
			if !ok {
//> ! => keyword.operator.logical.go
				close(done)
				return
			}
			sum += v
//> += => keyword.operator.assignment.go
		case <-quit:
			return sum, fmt.Errorf("timeout")
		default:
//> default => keyword.control.go
			time.Sleep(time.Millisecond)
//> Sleep => entity.name.function.support.go
//> Millisecond => variable.other.property.field.go
		}
	}
}

func main() {
//> main => entity.name.function.go
	ch := make(chan int, 8)
//> ch => variable.other.assignment.go
//> make => entity.name.function.support.builtin.go
//> chan => keyword.channel.go
//> int => storage.type.numeric.go
//> 8 => constant.numeric.decimal.go
	done := make(chan struct{})
	var wg sync.WaitGroup
//> wg => variable.other.assignment.go
//> WaitGroup => entity.name.type.go
	wg.Add(1)
	go produce(ch, 1, 2, 3)
//> go => keyword.control.go
//> produce => entity.name.function.support.go
	go func(id int) {
//> go => keyword.control.go
//> func => keyword.function.go
//> id => variable.parameter.go
		defer wg.Done()
		sum, err := consume(ch, done, time.After(time.Second))
//> sum => variable.other.assignment.go
//> err => variable.other.assignment.go
//> consume => entity.name.function.support.go
		fmt.Println(id, sum, err, len(ch), cap(ch))
//> fmt => variable.other.go
//> Println => entity.name.function.support.go
//> len => entity.name.function.support.builtin.go
//> cap => entity.name.function.support.builtin.go
	}(1)
	wg.Wait()
	<-done
//> <- => keyword.operator.channel.go

	n := &Node{Value: 1, Tags: map[string][]byte{"k": []byte("v")}}
//> & => keyword.operator.address.go
//> Node => entity.name.type.go
//> Value => variable.other.property.go
//> Tags => variable.other.property.go
//> "k" => string.quoted.double.go !variable.other.property.go
	n.Next = new(Node)
//> new => entity.name.function.support.builtin.go
//> Node => entity.name.type.go
	xs := []int{3, 1, 2}
//> int => storage.type.numeric.go
	xs = append(xs, min(4, 5), max(0, 1))
//> append => entity.name.function.support.builtin.go
//> min => entity.name.function.support.builtin.go
//> max => entity.name.function.support.builtin.go
	var any interface{} = xs
	switch v := any.(type) {
//> switch => keyword.control.go
//> type => keyword.type.go
	case []int:
		fmt.Printf("%d ints\n", len(v))
//> \n => constant.character.escape.go
	}
	if s, ok := any.(fmt.Stringer); ok {
//> fmt => entity.name.type.package.go
//> Stringer => entity.name.type.go
		fmt.Println(s.String())
	}
	f := float64(n.Len()) / 2
//> float64 => storage.type.numeric.go
//> / => keyword.operator.arithmetic.go
	b := str.ToUpper(string(rune(65))) + fmt.Sprint(f*2, 7%3, 1^2, 6&^3, true && !false)
//> string => storage.type.string.go
//> rune => storage.type.rune.go
//> * => keyword.operator.arithmetic.go
//> % => keyword.operator.arithmetic.go
//> &^ => keyword.operator.arithmetic.bitwise.go
//> true => constant.language.go
//> && => keyword.operator.logical.go
	registry[b] = n
outer:
//> outer => variable.other.label.go
	for i := range 3 {
		for j := 0; j < 3; j++ {
			if i*j > 1 {
				break outer
//> break => keyword.control.go
//> outer => variable.other.label.go
			}
			continue
		}
	}
	if len(os.Args) > 5 {
		panic("too many arguments")
//> panic => entity.name.function.support.builtin.go
	} else {
//> else => keyword.control.go
		println(Small, Big, limit, r1, r2, r3, r4, r5, r6, r7, r8, s1, s2, s3, raw, numbers, mu, ready)
	}
}

// Constructs found in the Go standard library that once tripped the grammar.
var table = []*struct {
//> struct => keyword.struct.go !entity.name.type.go
	in  [4 + 1]byte
//> in => variable.other.property.go
//> + => keyword.operator.arithmetic.go
	out [len(Node{}.Tags)]int
//> Node => entity.name.type.go
//> . => punctuation.other.period.go
}{}

func swapper(x any) func(int, int) {
//> func#2 => keyword.function.go !entity.name.function.go
//> any => entity.name.type.any.go
	switch f := x.(type) {
	case func(int):
//> : => punctuation.other.colon.go
		return func(i, j int) { f(i + j) }
	}
	return nil
}
