// panic with a named string type prints main.Msg("..."); re-panicking the recovered value
// ends the program with it.
// exit: 2
// stderr: ^panic: main.Msg\("bad thing"\)
package main

type Msg string

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(Msg("bad thing"))
}
