" Vim filetype plugin for minigo (.mg): comment settings, gofmt's indentation (one tab
" per level), and :make running `minigo check` with its diagnostics in the quickfix list.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

" gofmt indents with tabs: one level is one tab, whatever width 'tabstop' shows.
setlocal noexpandtab shiftwidth=0 softtabstop=0

setlocal comments=s1:/*,mb:*,ex:*/,://
setlocal commentstring=//\ %s
setlocal formatoptions-=t formatoptions+=croql
setlocal suffixesadd=.mg

" minigo reports errors as `file.mg:3:5: error: message` (then the line and a caret).
setlocal makeprg=minigo\ check\ %:S
setlocal errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%-G%.%#

let b:undo_ftplugin = 'setlocal expandtab< shiftwidth< softtabstop< comments< commentstring<'
      \ . ' formatoptions< suffixesadd< makeprg< errorformat<'
