" Vim indent file for minigo (.mg): computes gofmt's indentation, one tab per level.
"
"  - Inside brackets a line is one level deeper than the first line of the statement
"    that opened the innermost bracket still open (gofmt indents once per line however
"    many brackets it opens: `foo(a, func() {`), and a line starting with } ) or ] is
"    at that statement's level.
"  - A line after one that ends with a binary operator (or a case list ending in a
"    comma) is one level deeper than the statement's first line (`if a &&` / `b {`).
"  - `case ...:` and `default:` (and comment lines directly above them) are at the
"    level of their switch or select; the statements they introduce one level deeper.
"  - Labels sit one level left of the statements around them.
"  - Lines inside a raw string or a block comment are left alone.
" Strings and comments are recognised from the syntax highlighting when it is on.
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetMinigoIndent(v:lnum)
setlocal indentkeys=0{,0},0),0],!^F,o,O,e,:,0=case,0=default
setlocal autoindent nolisp nosmartindent nocindent
let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent< lisp< smartindent< cindent<'

if exists('*GetMinigoIndent')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

" Binary operators that continue an expression on the next line (not ++ or --).
let s:continuation = '\%(&&\|||\|[-+*/%&|^<>=]\|&^\)\s*$'
let s:case_start = '^\s*\%(case\>\|default\s*:\)'
let s:label = '^\s*\%(default\>\)\@!\h\w*\s*:\s*$'

function! s:Continues(code) abort
  return (a:code =~# s:continuation && a:code !~# '\%(++\|--\)\s*$')
        \ || (a:code =~# '^\s*case\>' && a:code !~# ':\s*$')
endfunction

" The nearest line above lnum that holds code (not blank, not only a comment).
function! s:PrevCodeLine(lnum) abort
  let l = prevnonblank(a:lnum - 1)
  while l > 0 && s:Code(l) =~# '^\s*$'
    let l = prevnonblank(l - 1)
  endwhile
  return l
endfunction

function! s:SyntaxOn() abort
  return exists('b:current_syntax') && exists('g:syntax_on')
endfunction

" The syntax group kind at a position: 'comment', 'string' or ''.
function! s:Kind(lnum, col) abort
  let name = synIDattr(synID(a:lnum, a:col, 1), 'name')
  if name =~# 'Comment\|Todo'
    return 'comment'
  elseif name =~# 'String\|Rune\|Escape\|FormatVerb\|ImportPath'
    return 'string'
  endif
  return ''
endfunction

" True when position (lnum, col) is inside a raw string or a block comment, the only
" literals that span lines.
function! s:InMultiline(lnum, col) abort
  for id in synstack(a:lnum, a:col)
    if synIDattr(id, 'name') =~# '^minigo\%(RawString\|BlockComment\)$'
      return 1
    endif
  endfor
  return 0
endfunction

" True when the line break after line lnum is inside a raw string or block comment.
function! s:EndsInLiteral(lnum) abort
  let text = getline(a:lnum)
  let n = len(text)
  if n == 0
    return s:StartsInLiteral(a:lnum)
  endif
  if !s:InMultiline(a:lnum, n)
    return 0
  endif
  if text[n - 1] ==# '`'
    " A backtick last on the line closes a raw string when what precedes it is in
    " the string, and opens one otherwise.
    return n == 1 ? !s:StartsInLiteral(a:lnum) : !s:InMultiline(a:lnum, n - 1)
  endif
  return text !~# '\*/$'
endfunction

" True when line lnum begins inside a raw string or block comment opened above it.
function! s:StartsInLiteral(lnum) abort
  return s:SyntaxOn() && a:lnum > 1 && s:EndsInLiteral(a:lnum - 1)
endfunction

" The code of a line: comments removed, string and rune literals replaced by x.
function! s:Code(lnum) abort
  let text = getline(a:lnum)
  if !s:SyntaxOn()
    let text = substitute(text, '"\%(\\.\|[^"\\]\)*"\|''\%(\\.\|[^''\\]\)*''\|`[^`]*`', 'x', 'g')
    return substitute(text, '//.*$', '', '')
  endif
  let out = ''
  let col = 1
  let n = len(text)
  while col <= n
    let kind = s:Kind(a:lnum, col)
    if kind ==# ''
      let out .= text[col - 1]
    elseif kind ==# 'string'
      let out .= 'x'
    endif
    let col += 1
  endwhile
  return out
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
    if above == 0 || !s:Continues(s:LogicalCode(above))
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
  let skip = s:SyntaxOn() ? 's:Kind(line("."), col(".")) !=# ""' : '0'
  let pos = searchpairpos('[[({]', '', '[])}]', 'bW', skip)
  call winrestview(view)
  return pos
endfunction

" True for a comment line directly above a case or default (gofmt indents it like the case).
function! s:CommentAboveCase(lnum) abort
  if getline(a:lnum) !~# '^\s*//'
    return 0
  endif
  let next = nextnonblank(a:lnum + 1)
  while next > 0 && getline(next) =~# '^\s*//'
    let next = nextnonblank(next + 1)
  endwhile
  return next > 0 && s:Code(next) =~# s:case_start
endfunction

function! GetMinigoIndent(lnum) abort
  if s:StartsInLiteral(a:lnum)
    return -1
  endif
  let sw = shiftwidth()
  let code = s:Code(a:lnum)

  " A line continuing an expression: one level deeper than the statement's first line.
  let prev = s:PrevCodeLine(a:lnum)
  if prev > 0 && s:Continues(s:LogicalCode(prev))
    return indent(s:StatementStart(prev)) + sw
  endif

  let [oline, ocol] = s:Opener(a:lnum)
  if oline == 0
    let ind = 0
  else
    " Inside brackets: one level deeper than the statement that opened them, and a
    " closing bracket back at that statement's level.
    let start = s:StatementStart(oline)
    if code =~# '^\s*[)\]}]'
      return indent(start)
    endif
    let ind = indent(start) + sw
    " gofmt puts case and default at the level of their switch or select.
    if getline(oline)[ocol - 1] ==# '{' && s:Code(start) =~# '^\s*\%(switch\|select\)\>'
          \ && (code =~# s:case_start || s:CommentAboveCase(a:lnum))
      let ind -= sw
    endif
  endif
  if code =~# s:label
    let ind -= sw
  endif
  return max([ind, 0])
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
