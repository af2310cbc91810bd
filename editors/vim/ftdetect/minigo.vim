" Vim filetype detection for minigo (.mg files: a Go subset compiled to native code).
" Vim's own filetype.vim maps *.mg to Modula-3; `set filetype` (not `setfiletype`)
" overrides that.
autocmd BufNewFile,BufRead *.mg set filetype=minigo
