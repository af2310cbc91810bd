// A tokenizer and recursive-descent calculator with variables and error reporting.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	ASSIGN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "(", ")", "=", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			start := i
			for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case unicode.IsLetter(c):
			start := i
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || unicode.IsDigit(rune(src[i]))) {
				i++
			}
			toks = append(toks, Token{IDENT, src[start:i], start})
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == '=':
			toks = append(toks, Token{ASSIGN, "=", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for t := p.peek(); t.Kind == OP && strings.Contains("*/%", t.Text); t = p.peek() {
		p.next()
		r := p.factor()
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				panic(ErrDivZero)
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(&SyntaxError{t.Pos, err.Error()})
		}
		return f
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			panic(&SyntaxError{t.Pos, "undefined: " + t.Text})
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.factor()
		}
	case LPAREN:
		v := p.expr()
		if p.next().Kind != RPAREN {
			panic(&SyntaxError{t.Pos, "missing )"})
		}
		return v
	}
	panic(&SyntaxError{t.Pos, "unexpected " + t.Kind.String()})
}

func eval(line string, vars map[string]float64) (result float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	toks, err := tokenize(line)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		p.pos = 2
		v := p.expr()
		vars[toks[0].Text] = v
		return v, nil
	}
	result = p.expr()
	if p.peek().Kind != EOF {
		return 0, &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
	}
	return
}

func main() {
	vars := map[string]float64{"pi": 3.14159}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x = 10 / 4",
		"x * 2 - -1",
		"2 * pi",
		"17 % 5",
		"1 / 0",
		"y + 1",
		"3 $ 4",
		"(1 + 2",
		"1.2.3",
		"4 4",
	}
	for _, l := range lines {
		v, err := eval(l, vars)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-12s => %v [pos %d]\n", l, err, se.Pos)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-12s => error: %v\n", l, err)
		case err != nil:
			fmt.Printf("%-12s => ??? %v\n", l, err)
		default:
			fmt.Printf("%-12s => %g\n", l, v)
		}
	}
	toks, _ := tokenize("a=(b+1)")
	fmt.Printf("%v\n%+v\n", toks, toks[1])
}
