" Vim syntax file for minigo (.mg), a Go subset: keywords (go, defer, select, chan,
" range and func each in their own group), the <- and := operators, predeclared types,
" built-in functions, package and import names, function declarations and calls,
" struct fields, every Go numeric literal form, runes and strings with escapes, raw
" strings, fmt verbs inside strings, comments.
" Every group is named minigo*; the links at the end map them to standard groups.
if exists('b:current_syntax')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syntax case match

" ---- keywords -----------------------------------------------------------------
syntax keyword minigoPackage     package
syntax keyword minigoImport      import
syntax keyword minigoDeclaration var const type
syntax keyword minigoFunc        func
syntax keyword minigoStructure   struct interface map
syntax keyword minigoChan        chan
syntax keyword minigoGo          go
syntax keyword minigoDefer       defer
syntax keyword minigoSelect      select
syntax keyword minigoRange       range
syntax keyword minigoConditional if else switch
syntax keyword minigoLabelKw     case default
syntax keyword minigoRepeat      for
syntax keyword minigoStatement   return break continue goto fallthrough
syntax keyword minigoConstant    true false nil iota

syntax keyword minigoType bool byte rune string error any uintptr
syntax keyword minigoType int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64
syntax keyword minigoType float32 float64 complex64 complex128

" ---- names ----------------------------------------------------------------------
" Calls first: later :syntax match items win over earlier ones at the same position,
" so built-ins and declarations below take precedence over a plain call.
syntax match minigoFunctionCall /\<\h\w*\ze(/
syntax match minigoBuiltin /\<\%(append\|cap\|clear\|close\|complex\|copy\|delete\|imag\|len\|make\|max\|min\|new\|panic\|print\|println\|real\|recover\)\ze\s*(/
" func Name( and func (recv T) Name(
syntax match minigoFunctionDecl /\%(^func\s\+\%(([^)]*)\s*\)\=\)\@100<=\h\w*\ze\s*(/
" type Name, and element types in []T, [N]T, map[K]T, chan T, new(T), T{...}
syntax match minigoTypeName /\%(\<type\s\+\)\@20<=\h\w*/
syntax match minigoTypeName /\%(\]\*\=\)\@2<=\h\w*/
syntax match minigoTypeName /\%(\<chan\s\+\%(<-\s*\)\=\*\=\)\@20<=\h\w*/
syntax match minigoTypeName /\%(\<new(\*\=\)\@5<=\h\w*/
syntax match minigoTypeName /\<\h\w*\ze{/
" receiver type: func (p *Pool)
syntax match minigoTypeName /\%(^func\s*(\s*\h\w*\s\+\*\=\)\@50<=\h\w*/
syntax match minigoPackageName /\%(^package\s\+\)\@20<=\h\w*/
" composite literal keys (gofmt writes `Key: value`) and labels
syntax match minigoFieldKey /\%([{,]\s*\|^\s*\)\@50<=\h\w*\ze: /
syntax match minigoLabel /^\s*\zs\%(default\>\)\@!\h\w*\ze:\s*\%(\/\/.*\)\=$/
syntax match minigoLabel /\%(\<\%(break\|continue\|goto\)\s\+\)\@20<=\h\w*/

" struct bodies: field names
syntax region minigoStructBody matchgroup=minigoBrace start=/\%(\<struct\s*\)\@20<={/ end=/}/
      \ contains=minigoField,minigoType,minigoTypeName,minigoStructure,minigoChan,minigoFunc,
      \minigoOperator,minigoChannelOp,minigoString,minigoRawString,minigoComment,minigoBlockComment,minigoStructBody,
      \minigoDecimalInt,minigoQualified
syntax match minigoField contained /\%(^\|[{;]\)\@1<=\s*\zs\h\w*\%(\s*,\s*\h\w*\)*\ze\s\+[^ \t/]/
syntax match minigoQualified contained /\<\h\w*\.\h\w*/

" ---- imports -------------------------------------------------------------------------
syntax region minigoImportBlock start=/\%(\<import\s*\)\@20<=(/ end=/)/
      \ contains=minigoImportPath,minigoImportAlias,minigoComment,minigoBlockComment
syntax match minigoImportPath /"[^"]*"/ contained
syntax match minigoImportAlias /\h\w*\ze\s\+"/ contained

" ---- operators ---------------------------------------------------------------------
syntax match minigoOperator /[-+*/%&|^<>=!]=\=\|&&\|||\|<<\|>>\|&^\|++\|--\|\.\.\./
syntax match minigoChannelOp /<-/
syntax match minigoDeclareOp /:=/

" ---- literals --------------------------------------------------------------------------
" Decimal, hexadecimal, octal (0o17 and 0644), binary integers; decimal and hexadecimal
" floats; imaginary numbers. `_` separates digits. The boundary \%(\w\|\.\)\@! keeps a
" number from ending inside a longer token.
syntax match minigoDecimalInt /\<\%(0\|[1-9]\%(_\=\d\)*\)\%(\w\|\.\)\@!/
syntax match minigoHexInt     /\<0[xX]\%(_\=\x\)\+\%(\w\|\.\)\@!/
syntax match minigoOctalInt   /\<0[oO]\=\%(_\=\o\)\+\%(\w\|\.\)\@!/
syntax match minigoBinaryInt  /\<0[bB]\%(_\=[01]\)\+\%(\w\|\.\)\@!/
syntax match minigoFloat      /\<\d\%(_\=\d\)*\.\%(\d\%(_\=\d\)*\)\=\%([eE][-+]\=\d\%(_\=\d\)*\)\=\%(\w\|\.\)\@!/
syntax match minigoFloat      /\<\d\%(_\=\d\)*[eE][-+]\=\d\%(_\=\d\)*\%(\w\|\.\)\@!/
syntax match minigoFloat      /\%(\w\|\.\)\@1<!\.\d\%(_\=\d\)*\%([eE][-+]\=\d\%(_\=\d\)*\)\=\%(\w\|\.\)\@!/
syntax match minigoHexFloat   /\<0[xX]\%(_\=\x\)*\.\=\x*[pP][-+]\=\d\%(_\=\d\)*\%(\w\|\.\)\@!/
syntax match minigoImaginary
      \ /\%(\w\|\.\)\@1<!\%(0[xX][0-9a-fA-F_.]*\%([pP][-+]\=\d[0-9_]*\)\=\|0[bBoO][0-9_]*\|\d[0-9_]*\%(\.[0-9_]*\)\=\%([eE][-+]\=\d[0-9_]*\)\=\|\.\d[0-9_]*\%([eE][-+]\=\d[0-9_]*\)\=\)i\>/

" escapes and fmt verbs
syntax match minigoEscape contained /\\\%([abfnrtv\\'"]\|\o\{3}\|x\x\{2}\|u\x\{4}\|U\x\{8}\)/
syntax match minigoEscapeError contained /\\[^abfnrtv\\'"0-7xuU]/
syntax match minigoFormatVerb contained
      \ /%\%(\[\d\+\]\)\=[-+# 0]*\%(\*\|\d\+\)\=\%(\.\%(\*\|\d\+\)\=\)\=\%(\[\d\+\]\)\=[vTtbcdoOqxXUeEfFgGspw%]/

syntax region minigoString start=/"/ skip=/\\\\\|\\"/ end=/"/ oneline
      \ contains=minigoEscape,minigoEscapeError,minigoFormatVerb
syntax region minigoRawString start=/`/ end=/`/ contains=minigoFormatVerb
" import "path" (after the string region, which it must win over)
syntax match minigoImportPath /\%(\<import\s\+\%(\h\w*\s\+\)\=\)\@40<="[^"]*"/
syntax match minigoRune /'\%([^\\']\|\\\%([abfnrtv\\']\|\o\{3}\|x\x\{2}\|u\x\{4}\|U\x\{8}\)\)'/
      \ contains=minigoEscape

" ---- comments --------------------------------------------------------------------------
syntax keyword minigoTodo contained TODO FIXME XXX BUG NOTE
syntax region minigoComment start=/\/\// end=/$/ contains=minigoTodo,@Spell
syntax region minigoBlockComment start=/\/\*/ end=/\*\// contains=minigoTodo,@Spell

" Raw strings and block comments span lines.
syntax sync minlines=500

" ---- default colours ---------------------------------------------------------------------
highlight default link minigoPackage      Statement
highlight default link minigoImport       Include
highlight default link minigoDeclaration  Keyword
highlight default link minigoFunc         Keyword
highlight default link minigoStructure    Structure
highlight default link minigoChan         Structure
highlight default link minigoGo           Statement
highlight default link minigoDefer        Statement
highlight default link minigoSelect       Conditional
highlight default link minigoRange        Repeat
highlight default link minigoConditional  Conditional
highlight default link minigoLabelKw      Label
highlight default link minigoRepeat       Repeat
highlight default link minigoStatement    Statement
highlight default link minigoConstant     Constant
highlight default link minigoType         Type
highlight default link minigoTypeName     Type
highlight default link minigoQualified    Type
highlight default link minigoFunctionCall Function
highlight default link minigoBuiltin      Special
highlight default link minigoFunctionDecl Function
highlight default link minigoPackageName  Identifier
highlight default link minigoFieldKey     Identifier
highlight default link minigoField        Identifier
highlight default link minigoLabel        Label
highlight default link minigoImportPath   String
highlight default link minigoImportAlias  Identifier
highlight default link minigoOperator     Operator
highlight default link minigoChannelOp    Operator
highlight default link minigoDeclareOp    Operator
highlight default link minigoDecimalInt   Number
highlight default link minigoHexInt       Number
highlight default link minigoOctalInt     Number
highlight default link minigoBinaryInt    Number
highlight default link minigoFloat        Float
highlight default link minigoHexFloat     Float
highlight default link minigoImaginary    Number
highlight default link minigoEscape       SpecialChar
highlight default link minigoEscapeError  Error
highlight default link minigoFormatVerb   SpecialChar
highlight default link minigoString       String
highlight default link minigoRawString    String
highlight default link minigoRune         Character
highlight default link minigoTodo         Todo
highlight default link minigoComment      Comment
highlight default link minigoBlockComment Comment

let b:current_syntax = 'minigo'
let &cpo = s:cpo_save
unlet s:cpo_save
