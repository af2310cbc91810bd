// errors.mg: lexical errors the Vim syntax flags (kept out of the TextMate corpus
// check by editors/tests/textmate/corpus-exclude.txt).
package main

var s = "bad \q escape"
//> \q => minigoEscapeError
//> bad => minigoString
