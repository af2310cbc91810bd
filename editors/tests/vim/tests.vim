" Vim tests for editors/vim, run by run.sh in a headless `vim -Es -u NONE -N`.
"  syntax: every line of the *.mg files beside this file of the form
"            //> TEXT => group [group ...]
"          asserts that each character of the first occurrence of TEXT (TEXT#N: the
"          N-th) on the nearest line above that is not an annotation has the syntax
"          group synIDattr(synID(line, col, 1), "name") == group; !group asserts it has
"          not; NONE means no group.
"  indent: each editors/tests/samples/*.mg and examples/*.mg (gofmt-formatted) must be
"          unchanged by gg=G, and gg=G must restore its indentation after every line
"          that is not inside a raw string or comment was flattened to column 0.
" Results go to $MINIGO_LOG, ending with "N passed, M failed".
let s:repo = $MINIGO_REPO
let s:suite = $MINIGO_SUITE
let s:out = []
let s:passed = 0
let s:failed = 0

function! s:Fail(msg) abort
  let s:failed += 1
  call add(s:out, 'FAIL ' . a:msg)
endfunction

filetype plugin indent on
syntax on

function! s:Open(file) abort
  silent! %bwipeout!
  execute 'silent edit ' . fnameescape(a:file)
  if &filetype !=# 'minigo'
    call s:Fail(a:file . ': filetype is "' . &filetype . '", expected minigo')
  endif
  syntax sync fromstart
endfunction

function! s:RunSyntax() abort
  for file in sort(glob(s:repo . '/editors/tests/vim/*.mg', 0, 1))
    call s:RunSyntaxFile(file)
  endfor
endfunction

function! s:RunSyntaxFile(file) abort
  let file = a:file
  let name = fnamemodify(file, ':t')
  call s:Open(file)
  let target = 0
  for lnum in range(1, line('$'))
    let text = getline(lnum)
    let m = matchlist(text, '^\s*//> \?\(.*\)$')
    if empty(m)
      let target = lnum
      continue
    endif
    let sep = strridx(m[1], ' => ')
    if sep < 0 || target == 0
      call s:Fail(printf('%s:%d: malformed annotation', name, lnum))
      continue
    endif
    let want_text = trim(m[1][: sep - 1])
    let groups = split(m[1][sep + 4 :])
    let nth = 1
    let hm = matchlist(want_text, '^\(.\+\)#\(\d\+\)$')
    if !empty(hm)
      let want_text = hm[1]
      let nth = str2nr(hm[2])
    endif
    let line = getline(target)
    let col = -1
    for k in range(nth)
      let col = stridx(line, want_text, col + 1)
      if col < 0
        break
      endif
    endfor
    if col < 0
      call s:Fail(printf('%s:%d: "%s"#%d not found on line %d', name, lnum, want_text, nth, target))
      continue
    endif
    let problem = ''
    for c in range(col + 1, col + len(want_text))
      let name = synIDattr(synID(target, c, 1), 'name')
      if name ==# ''
        let name = 'NONE'
      endif
      for g in groups
        let neg = g[0] ==# '!'
        let g = neg ? g[1:] : g
        if (name ==# g) == neg
          let problem = printf("'%s' at column %d is %s, %s %s", line[c - 1], c, name, neg ? 'not wanted:' : 'wanted', g)
          break
        endif
      endfor
      if problem !=# ''
        break
      endif
    endfor
    if problem ==# ''
      let s:passed += 1
    else
      call s:Fail(printf('%s:%d: "%s": %s', name, target, want_text, problem))
    endif
  endfor
endfunction

function! s:Diff(file, what, want) abort
  " Indentation is about leading white space: trailing blanks (as on the verbatim
  " examples' white-space-only lines) are not the indenter's to keep.
  let got = map(getline(1, '$'), {_, l -> substitute(l, '\s\+$', '', '')})
  let want = map(copy(a:want), {_, l -> substitute(l, '\s\+$', '', '')})
  if got ==# want
    let s:passed += 1
    return
  endif
  let n = 0
  for i in range(max([len(got), len(want)]))
    if get(got, i, '<missing>') !=# get(want, i, '<missing>')
      if n == 0
        call s:Fail(printf('%s: %s changes the indentation', a:file, a:what))
      endif
      let n += 1
      if n <= 8
        call add(s:out, printf('    line %d: want %s', i + 1, string(get(want, i, '<missing>'))))
        call add(s:out, printf('    line %d:  got %s', i + 1, string(get(got, i, '<missing>'))))
      endif
    endif
  endfor
endfunction

function! s:RunIndent() abort
  let files = sort(glob(s:repo . '/editors/tests/samples/*.mg', 0, 1)) + sort(glob(s:repo . '/examples/*.mg', 0, 1))
  for file in files
    let rel = substitute(file, '^' . escape(s:repo, '\.') . '/', '', '')
    call s:Open(file)
    let want = getline(1, '$')
    silent normal! gg=G
    call s:Diff(rel, 'gg=G', want)
    " Flatten every line whose first character is code, then re-indent.
    call s:Open(file)
    for lnum in range(1, line('$'))
      let first = match(getline(lnum), '\S') + 1
      if first > 0 && synIDattr(synID(lnum, first, 1), 'name') !~# 'String\|Comment'
        call setline(lnum, getline(lnum)[first - 1 :])
      endif
    endfor
    silent normal! gg=G
    call s:Diff(rel, 'gg=G after flattening', want)
  endfor
endfunction

try
  if s:suite ==# 'syntax' || s:suite ==# 'all'
    call s:RunSyntax()
  endif
  if s:suite ==# 'indent' || s:suite ==# 'all'
    call s:RunIndent()
  endif
catch
  call s:Fail('exception: ' . v:exception . ' at ' . v:throwpoint)
endtry
call add(s:out, printf('vim %s: %d passed, %d failed', s:suite, s:passed, s:failed))
call writefile(s:out, $MINIGO_LOG)
if s:failed
  cquit!
endif
qall!
