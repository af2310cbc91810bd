// panic with a custom error type: Go prints the text its Error method returns.
// exit: 2
// stderr: ^panic: main.MyErr\{Code:7\} failed\n
package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("main.MyErr{Code:%d} failed", e.Code) }

func main() {
	var err error = MyErr{7}
	panic(err)
}
