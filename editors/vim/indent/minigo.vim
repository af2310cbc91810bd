" Vim indent file for minigo (.mg): computes gofmt's indentation, one tab per level.
"
"  - Inside brackets a line is one level deeper than the first line of the statement
"    that opened the innermost bracket still open (gofmt indents once per line however
"    many brackets it opens: `foo(a, func() {`), and a line starting with } ) or ] is
"    at that statement's level.
"  - A line after one that ends with a binary operator (or a case list ending in a
"    comma) is one level deeper than the statement's first line (`if a &&` / `b {`).
"  - `case ...:` and `default:` are at the level of their switch or select, the
"    statements they introduce one level deeper; a comment line above a case is at
"    the case's level right under `switch {`, elsewhere at either level.
"  - Labels sit one level left of the statements around them.
"  - Lines inside a raw string or a block comment are left alone.
" Strings and comments are found by a small lexer (no syntax highlighting needed).
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetMinigoIndent(v:lnum)
setlocal indentkeys=0{,0},0),0],!^F,o,O,e,:,0=case,0=default
setlocal autoindent nolisp nosmartindent nocindent
" Lines inside raw strings and block comments keep their indentation byte for byte
" (Vim would otherwise rewrite spaces as tabs while keeping the width).
setlocal preserveindent
let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent< lisp< smartindent< cindent< preserveindent<'

if exists('*GetMinigoIndent')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

" Binary operators that continue an expression on the next line (not ++ or --).
let s:continuation = '\%(&&\|||\|[-+*/%&|^<>=]\|&^\)\s*$'
let s:case_start = '^\s*\%(case\>\|default\s*:\)'
let s:label = '^\s*\%(default\>\)\@!\h\w*\s*:\s*$'

function! s:Continues(lnum) abort
  let code = s:LogicalCode(a:lnum)
  if code =~# s:continuation && code !~# '\%(++\|--\)\s*$'
    return 1
  endif
  " A case list goes on until its colon (`case a,` / `b:`); its later lines are at the
  " level of the clause's statements anyway.
  if code =~# '^\s*case\>' && code !~# ':\s*$'
    return 1
  endif
  " A comma outside any bracket of its line, in a block: `return a,` / `b`.
  if code =~# ',\s*$'
    let [ol, oc] = s:Enclosing(a:lnum, len(getline(a:lnum)))
    return ol == 0 || s:IsBlock(ol, oc)
  endif
  return 0
endfunction


" The nearest line above lnum that holds code (not blank, not only a comment).
function! s:PrevCodeLine(lnum) abort
  let l = prevnonblank(a:lnum - 1)
  while l > 0 && s:Code(l) =~# '^\s*$'
    let l = prevnonblank(l - 1)
  endwhile
  return l
endfunction

" A small lexer: the line text "masked" (string and rune literals replaced by x,
" comments by spaces, same length so columns hold) and the state at its end: in code
" (0), inside a raw string (1) or inside a block comment (2), given the state at its start.
function! s:ScanLine(text, state) abort
  let text = a:text
  let n = len(text)
  let state = a:state
  let out = ''
  let i = 0
  while i < n
    if state == 1
      let j = stridx(text, '`', i)
      let e = j < 0 ? n : j + 1
      let out .= repeat('x', e - i)
      let i = e
      let state = j < 0 ? 1 : 0
      continue
    elseif state == 2
      let j = stridx(text, '*/', i)
      let e = j < 0 ? n : j + 2
      let out .= repeat(' ', e - i)
      let i = e
      let state = j < 0 ? 2 : 0
      continue
    endif
    let [m, s, e] = matchstrpos(text, '["''`]\|/[/*]', i)
    if s < 0
      let out .= strpart(text, i)
      break
    endif
    let out .= strpart(text, i, s - i)
    if m ==# '//'
      let out .= repeat(' ', n - s)
      let i = n
    elseif m ==# '/*'
      let out .= '  '
      let i = s + 2
      let state = 2
    elseif m ==# '`'
      let out .= 'x'
      let i = s + 1
      let state = 1
    else
      let e = matchend(text, m . '\%(\\.\|[^' . m . '\\]\)*' . m, s)
      let e = e < 0 ? n : e
      let out .= repeat('x', e - s)
      let i = e
    endif
  endwhile
  return [out, state]
endfunction

" The state at the start of every line. Re-indenting changes only whitespace, which
" leaves these states as they are, so they are cached until the buffer changes.
function! s:States() abort
  " While = re-indents a range, each call follows the one for the line above, whose
  " indentation (only) changed in between: the states still hold.
  let fresh = get(b:, 'minigo_states_tick', -1) == b:changedtick
        \ || (get(b:, 'minigo_states_next', -1) == s:current_lnum
        \     && b:changedtick - get(b:, 'minigo_states_tick', -100) <= 2
        \     && trim(getline(s:current_lnum - 1)) ==# get(b:, 'minigo_states_text', ''))
  if !fresh || len(b:minigo_states) != line('$') + 1
    let states = [0]
    let state = 0
    for text in getline(1, '$')
      call add(states, state)
      let state = s:ScanLine(text, state)[1]
    endfor
    let b:minigo_states = states
    let b:minigo_states_tick = b:changedtick
  endif
  return b:minigo_states
endfunction

" True when line lnum begins inside a raw string or block comment opened above it.
function! s:StartsInLiteral(lnum) abort
  return s:States()[a:lnum] != 0
endfunction

" The code of a line as it is now: string and rune literals replaced by x, comments
" by spaces.
let s:masked = {}
function! s:Code(lnum) abort
  let key = s:States()[a:lnum] . getline(a:lnum)
  if !has_key(s:masked, key)
    if len(s:masked) > 5000
      let s:masked = {}
    endif
    let s:masked[key] = s:ScanLine(getline(a:lnum), s:States()[a:lnum])[0]
  endif
  return s:masked[key]
endfunction

" First line of the logical line ending at lnum: walks back over lines that begin
" inside a raw string or block comment.
function! s:LogicalStart(lnum) abort
  let l = a:lnum
  while l > 1 && s:StartsInLiteral(l)
    let l -= 1
  endwhile
  return l
endfunction

" Code of the logical line ending at lnum (from its LogicalStart).
function! s:LogicalCode(lnum) abort
  let code = ''
  for l in range(s:LogicalStart(a:lnum), a:lnum)
    let code .= s:Code(l) . ' '
  endfor
  return substitute(code, '\s*$', '', '')
endfunction

" First line of the statement whose last line is lnum: walks back while the line
" above ends with a binary operator.
function! s:StatementStart(lnum) abort
  let l = s:LogicalStart(a:lnum)
  while 1
    let above = s:PrevCodeLine(l)
    if above == 0 || !s:Continues(above)
      return l
    endif
    let l = s:LogicalStart(above)
  endwhile
endfunction

" [line, col] of the innermost bracket still open where line lnum begins ([0, 0]
" at the top level). Brackets in strings and comments do not count.
function! s:Opener(lnum) abort
  let view = winsaveview()
  call cursor(a:lnum, 1)
  " No bracket above a function declaration is still open inside it.
  let stop = search('^func\s', 'bnW')
  let skip = 's:Code(line("."))[col(".") - 1] !~# "[][(){}]"'
  let pos = searchpairpos('[[({]', '', '[])}]', 'bW', skip, stop)
  call winrestview(view)
  return pos
endfunction

" True when the { at (lnum, col) opens a block, not a composite literal: gofmt writes
" a space before a block's brace (`if x {`, `) {`) and none before a literal's (`T{`),
" and an elided literal type leaves the brace after `: `, `, `, `(` or at line start.
function! s:IsBlock(lnum, col) abort
  let before = strpart(getline(a:lnum), 0, a:col - 1)
  return getline(a:lnum)[a:col - 1] ==# '{' && before =~# '[^:,(\[{ \t]\s\+$'
endfunction

function! s:Before(a, b) abort
  return a:a[0] < a:b[0] || (a:a[0] == a:b[0] && a:a[1] < a:b[1])
endfunction

" [line, col] of the innermost bracket still open at the bracket at (lnum, col).
function! s:Enclosing(lnum, col) abort
  let view = winsaveview()
  call cursor(a:lnum, a:col)
  let stop = search('^func\s', 'bnW')
  let skip = 's:Code(line("."))[col(".") - 1] !~# "[][(){}]"'
  let pos = searchpairpos('[[({]', '', '[])}]', 'bW', skip, stop)
  call winrestview(view)
  return pos
endfunction

" True for a comment line (or block of them) followed by a case or default.
function! s:CommentBeforeCase(lnum) abort
  if getline(a:lnum) !~# '^\s*//'
    return 0
  endif
  let next = nextnonblank(a:lnum + 1)
  while next > 0 && getline(next) =~# '^\s*//'
    let next = nextnonblank(next + 1)
  endwhile
  return next > 0 && s:Code(next) =~# s:case_start
endfunction

" True for a comment line above a case that opens its switch body (right under
" `switch ... {`): gofmt puts it at the case's level. Further down gofmt keeps either
" level (the comment may end the previous clause or introduce the next one), so a
" comment already at the case's level stays there and a new one goes to the
" statements' level.
function! s:CommentAboveCase(lnum) abort
  let prev = s:PrevCodeLine(a:lnum)
  return s:CommentBeforeCase(a:lnum) && prev > 0 && s:Code(prev) =~# '{\s*$'
endfunction

let s:current_lnum = 0

function! GetMinigoIndent(lnum) abort
  let s:current_lnum = a:lnum
  let states = s:States()
  let b:minigo_states_next = a:lnum + 1
  let b:minigo_states_tick = b:changedtick
  let b:minigo_states_text = trim(getline(a:lnum))
  if states[a:lnum] != 0
    return -1
  endif
  let sw = shiftwidth()
  let code = s:Code(a:lnum)

  " A line continuing an expression: one level deeper than the statement's first line.
  let prev = s:PrevCodeLine(a:lnum)
  if prev > 0 && s:Continues(prev)
    " ... or one level deeper than a bracket opened inside the statement.
    let start = s:StatementStart(prev)
    let opener = s:Opener(a:lnum)
    return (opener[0] >= start ? indent(opener[0]) : indent(start)) + sw
  endif

  let [oline, ocol] = s:Opener(a:lnum)
  if oline == 0
    let ind = 0
  else
    " Inside brackets: one level deeper than the statement that opened them, and a
    " closing bracket back at that statement's level.
    let start = s:StatementStart(oline)
    " A bracket still open where that statement's line begins but closed before the
    " opener (`func f(a int,` / `b int) {`): the statement began where it was opened.
    let enclosing = s:Enclosing(oline, ocol)
    let outer = s:Opener(start)
    while outer != [0, 0] && (enclosing == [0, 0] || s:Before(enclosing, outer))
      let start = s:StatementStart(outer[0])
      let outer = s:Opener(start)
    endwhile
    if code =~# '^\s*[)\]}]'
      return indent(start)
    endif
    let ind = indent(start) + sw
    " gofmt puts case and default at the level of their switch or select.
    if getline(oline)[ocol - 1] ==# '{' && s:Code(start) =~# '^\s*\%(switch\|select\)\>'
      if code =~# s:case_start || s:CommentAboveCase(a:lnum)
        let ind -= sw
      elseif s:CommentBeforeCase(a:lnum) && indent(a:lnum) == ind - sw
        let ind -= sw
      endif
    endif
  endif
  if code =~# s:label && (prev == 0 || s:Code(prev) !~# ',\s*$')
    let ind -= sw
  endif
  return max([ind, 0])
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
