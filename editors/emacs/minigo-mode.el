;;; minigo-mode.el --- Major mode for minigo (.mg), a Go subset compiled to native code  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Keywords: languages, go
;; Package-Requires: ((emacs "26.1"))

;;; Commentary:

;; This file holds the whole Emacs support for minigo source files (`.mg'):
;;
;; - syntax table: // and /* */ comments, "strings", 'runes' and `raw strings`
;;   (in which a backslash is an ordinary character);
;; - font-lock: keywords, predeclared types, built-in functions, constants, package
;;   names, function declarations and calls, type names, struct fields and composite
;;   literal keys, labels, the <- and := operators, every numeric literal form, escape
;;   sequences and fmt verbs inside strings;
;; - indentation as gofmt does it: tabs, one per level, case clauses at the level of
;;   their switch, labels outdented, continuation lines after binary operators;
;; - `auto-mode-alist' entry for .mg files, comment commands, and M-x compile running
;;   `minigo check' on the current file.
;;
;; Install: put this file on `load-path' and (require 'minigo-mode), or
;; (load "/path/to/minigo/editors/emacs/minigo-mode.el").

;;; Code:

(defgroup minigo nil
  "Major mode for minigo (.mg) source files."
  :group 'languages
  :prefix "minigo-")

;;;; Faces

(defmacro minigo--inherit (modern fallback)
  "Face spec inheriting from MODERN when this Emacs defines it, else FALLBACK."
  `(list (list t :inherit (if (facep ',modern) ',modern ',fallback))))

(defface minigo-function-call-face
  (minigo--inherit font-lock-function-call-face font-lock-function-name-face)
  "Face for the name of a called function or method.")

(defface minigo-number-face
  (minigo--inherit font-lock-number-face font-lock-constant-face)
  "Face for numeric literals.")

(defface minigo-escape-face
  (minigo--inherit font-lock-escape-face font-lock-regexp-grouping-backslash)
  "Face for escape sequences in strings and runes.")

(defface minigo-format-verb-face
  (minigo--inherit font-lock-escape-face font-lock-regexp-grouping-construct)
  "Face for fmt verbs such as %d and %v inside strings.")

(defface minigo-channel-operator-face
  '((t :inherit font-lock-keyword-face))
  "Face for the channel operator <-.")

(defface minigo-operator-face
  (minigo--inherit font-lock-operator-face default)
  "Face for the short variable declaration operator :=.")

(defface minigo-field-face
  (minigo--inherit font-lock-property-name-face font-lock-variable-name-face)
  "Face for struct field declarations and composite literal keys.")

(defface minigo-package-face
  '((t :inherit font-lock-constant-face))
  "Face for the package name in a package clause and import paths.")

;;;; Syntax

(defvar minigo-mode-syntax-table
  (let ((st (make-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" st)
    (modify-syntax-entry ?* ". 23" st)
    (modify-syntax-entry ?\n "> b" st)
    (modify-syntax-entry ?\" "\"" st)
    (modify-syntax-entry ?\' "\"" st)
    (modify-syntax-entry ?` "\"" st)
    (modify-syntax-entry ?\\ "\\" st)
    (modify-syntax-entry ?_ "_" st)
    (dolist (c '(?+ ?- ?% ?& ?| ?^ ?! ?= ?< ?> ?. ?, ?\; ?:))
      (modify-syntax-entry c "." st))
    st)
  "Syntax table for `minigo-mode'.")

(defun minigo--syntax-propertize (start end)
  "Make backslashes inside raw strings between START and END ordinary characters."
  (goto-char start)
  (let ((ppss (syntax-ppss)))
    ;; Start from the opening backtick when START is inside a raw string.
    (when (and (nth 3 ppss) (eq (char-after (nth 8 ppss)) ?`))
      (goto-char (nth 8 ppss))))
  (while (and (< (point) end) (re-search-forward "`" end t))
    (let ((open (match-beginning 0)))
      (unless (nth 8 (save-excursion (syntax-ppss open)))
        (let ((close (save-excursion (search-forward "`" nil t))))
          (save-excursion
            (goto-char open)
            (while (search-forward "\\" (or close (point-max)) t)
              (put-text-property (1- (point)) (point) 'syntax-table (string-to-syntax "."))))
          (goto-char (or close (point-max))))))))

;;;; Font lock

(defconst minigo--id "[[:alpha:]_][[:alnum:]_]*"
  "A minigo identifier.")

(defconst minigo--keywords
  '("break" "case" "chan" "const" "continue" "default" "defer" "else" "fallthrough"
    "for" "func" "go" "goto" "if" "import" "interface" "map" "package" "range"
    "return" "select" "struct" "switch" "type" "var"))

(defconst minigo--types
  '("any" "bool" "byte" "complex128" "complex64" "error" "float32" "float64" "int"
    "int16" "int32" "int64" "int8" "rune" "string" "uint" "uint16" "uint32" "uint64"
    "uint8" "uintptr"))

(defconst minigo--builtins
  '("append" "cap" "clear" "close" "complex" "copy" "delete" "imag" "len" "make"
    "max" "min" "new" "panic" "print" "println" "real" "recover"))

(defconst minigo--number-regexp
  (concat "\\(?:0[xX]_?[[:xdigit:]_]*\\(?:\\.[[:xdigit:]_]*\\)?\\(?:[pP][-+]?[0-9][0-9_]*\\)?"
          "\\|0[bB]_?[01_]+\\|0[oO]_?[0-7_]+"
          "\\|[0-9][0-9_]*\\(?:\\.[0-9_]*\\)?\\(?:[eE][-+]?[0-9][0-9_]*\\)?"
          "\\|\\.[0-9][0-9_]*\\(?:[eE][-+]?[0-9][0-9_]*\\)?\\)i?")
  "Any Go numeric literal: decimal, binary, octal, hexadecimal, floats, imaginary.")

(defun minigo--word-char-p (c)
  "Non-nil if C continues an identifier or number."
  (and c (or (memq (char-syntax c) '(?w ?_)) (eq c ?.))))

(defun minigo--match-number (limit)
  "Font-lock matcher for numbers outside strings and comments, up to LIMIT."
  (let (found)
    (while (and (not found) (re-search-forward minigo--number-regexp limit t))
      (let ((b (match-beginning 0)) (e (match-end 0)))
        (when (and (not (minigo--word-char-p (char-before b)))
                   (or (not (minigo--word-char-p (char-after e)))
                       ;; `1.' ends with its point
                       (and (eq (char-before e) ?.) (not (minigo--word-char-p (char-after e)))))
                   (not (save-match-data (nth 8 (save-excursion (syntax-ppss b))))))
          (setq found t))))
    found))

(defun minigo--match-in-string (regexp quotes limit)
  "Search REGEXP up to LIMIT inside strings opened by one of the chars QUOTES."
  (let (found)
    (while (and (not found) (re-search-forward regexp limit t))
      (let ((ppss (save-match-data (save-excursion (syntax-ppss (match-beginning 0))))))
        (when (and (nth 3 ppss) (memq (char-after (nth 8 ppss)) quotes))
          (setq found t))))
    found))

(defconst minigo--escape-regexp
  "\\\\\\(?:[abfnrtv\\\\'\"]\\|[0-7]\\{3\\}\\|x[[:xdigit:]]\\{2\\}\\|u[[:xdigit:]]\\{4\\}\\|U[[:xdigit:]]\\{8\\}\\)")

(defun minigo--match-escape (limit)
  "Font-lock matcher for escape sequences in strings and runes, up to LIMIT."
  (minigo--match-in-string minigo--escape-regexp '(?\" ?') limit))

(defun minigo--match-bad-escape (limit)
  "Font-lock matcher for unknown escape sequences, up to LIMIT."
  (minigo--match-in-string "\\\\[^abfnrtv\\\\'\"0-7xuU]" '(?\" ?') limit))

(defun minigo--match-format-verb (limit)
  "Font-lock matcher for fmt verbs inside strings and raw strings, up to LIMIT."
  (minigo--match-in-string
   (concat "%\\(?:\\[[0-9]+\\]\\)?[-+# 0]*\\(?:\\*\\|[0-9]+\\)?"
           "\\(?:\\.\\(?:\\*\\|[0-9]+\\)?\\)?\\(?:\\[[0-9]+\\]\\)?[vTtbcdoOqxXUeEfFgGspw%]")
   '(?\" ?`) limit))

(defun minigo--directly-in-p (pos open keywords)
  "Non-nil if POS is directly inside an OPEN bracket that follows one of KEYWORDS."
  (let ((ppss (save-excursion (syntax-ppss pos))))
    (and (nth 1 ppss) (not (nth 8 ppss))
         (save-excursion
           (goto-char (nth 1 ppss))
           (and (eq (char-after) open)
                (looking-back (concat (regexp-opt keywords 'symbols) "[ \t]*")
                              (line-beginning-position)))))))

(defun minigo--match-line-start-in (regexp open keywords limit)
  "Search REGEXP up to LIMIT; group 1 must be directly in OPEN after KEYWORDS."
  (let (found)
    (while (and (not found) (re-search-forward regexp limit t))
      (when (save-match-data (minigo--directly-in-p (match-beginning 1) open keywords))
        (setq found t)))
    found))

(defun minigo--match-interface-method (limit)
  "Font-lock matcher for method names in interface types, up to LIMIT."
  (minigo--match-line-start-in (concat "^[ \t]*\\(" minigo--id "\\)(") ?{ '("interface") limit))

(defun minigo--match-group-name (limit)
  "Font-lock matcher for names declared in var (...) and const (...), up to LIMIT."
  (minigo--match-line-start-in
   (concat "^[ \t]*\\(" minigo--id "\\(?:[ \t]*,[ \t]*" minigo--id "\\)*\\)"
           "\\(?:[ \t]*=[^=]\\|[ \t]+[[:alpha:]_*[(<]\\|[ \t]*$\\)")
   ?\( '("var" "const") limit))

(defun minigo--match-struct-field (limit)
  "Font-lock matcher for field names in struct types, up to LIMIT."
  (minigo--match-line-start-in
   (concat "^[ \t]*\\(" minigo--id "\\(?:[ \t]*,[ \t]*" minigo--id "\\)*\\)"
           "[ \t]+[^ \t\n/]")
   ?{ '("struct") limit))

(defun minigo--match-struct-field-type (limit)
  "Font-lock matcher for the named type of a struct field, up to LIMIT."
  (minigo--match-line-start-in
   (concat "^[ \t]*" minigo--id "\\(?:[ \t]*,[ \t]*" minigo--id "\\)*[ \t]+"
           "\\(?:\\*\\|\\[[0-9]*\\]\\)*\\(?:" minigo--id "\\.\\)?\\(" minigo--id "\\)"
           "[ \t]*\\(?:$\\|//\\|`\\)")
   ?{ '("struct") limit))

(defun minigo--match-param-type (limit)
  "Font-lock matcher for the named types of function parameters, up to LIMIT."
  (let (found)
    (while (and (not found)
                (re-search-forward
                 (concat "[(,][ \t]*" minigo--id "[ \t]+\\(?:\\.\\.\\.\\)?"
                         "\\(?:\\*\\|\\[[0-9]*\\]\\)*\\(?:" minigo--id "\\.\\)?"
                         "\\(" minigo--id "\\)[ \t]*[,)]")
                 limit t))
      (let ((b (match-beginning 1)))
        (goto-char (1- (match-end 0)))  ; the next parameter starts at this , or )
        (when (save-match-data
                (let ((open (nth 1 (save-excursion (syntax-ppss b)))))
                  (and open (eq (char-after open) ?\()
                       (save-excursion
                         (goto-char open)
                         (looking-back "\\_<func\\_>.*" (line-beginning-position))))))
          (setq found t))))
    found))

(defun minigo--match-import-path (limit)
  "Font-lock matcher for import paths, up to LIMIT."
  (let (found)
    (while (and (not found)
                (re-search-forward (concat "\\(?:\\_<import[ \t]+\\|^[ \t]*\\)"
                                           "\\(?:" minigo--id "[ \t]+\\|\\.[ \t]+\\)?\\(\"[^\"\n]*\"\\)")
                                   limit t))
      (let ((b (match-beginning 1)))
        (when (save-match-data
               (save-excursion
                (goto-char b)
                (or (looking-back "\\_<import[ \t]+\\(?:[[:alnum:]_.]+[ \t]+\\)?" (line-beginning-position))
                    (let ((open (nth 1 (syntax-ppss b))))
                      (and open (eq (char-after open) ?\()
                           (progn (goto-char open)
                                  (looking-back "\\_<import[ \t]*" (line-beginning-position))))))))
          (setq found t))))
    found))

(defconst minigo-font-lock-keywords
  (let ((id minigo--id))
    `(;; Keywords, predeclared types and constants, built-in functions.
      (,(regexp-opt minigo--keywords 'symbols) . font-lock-keyword-face)
      (,(regexp-opt minigo--types 'symbols) . font-lock-type-face)
      (,(regexp-opt '("true" "false" "nil" "iota") 'symbols) . font-lock-constant-face)
      (,(concat (regexp-opt minigo--builtins 'symbols) "[ \t]*(") 1 font-lock-builtin-face)
      ;; package main, import paths
      (,(concat "\\_<package[ \t]+\\(" id "\\)") 1 'minigo-package-face)
      (minigo--match-import-path 1 'minigo-package-face t)
      ;; Function declarations: func Name( and func (r *T) Name(
      (,(concat "^func[ \t]+\\(?:([^)]*)[ \t]*\\)?\\(" id "\\)[ \t]*[([]") 1 font-lock-function-name-face)
      ;; Type names: type T, func (r *T), []T, [N]T, map[K]T, chan T, new(T), T{...}
      (,(concat "\\_<type[ \t]+\\(" id "\\)") 1 font-lock-type-face)
      (,(concat "^func[ \t]*([ \t]*" id "[ \t]+\\*?\\(" id "\\)") 1 font-lock-type-face)
      (,(concat "\\]\\*?\\(" id "\\)") 1 font-lock-type-face)
      (,(concat "\\_<chan[ \t]+\\(?:<-[ \t]*\\)?\\*?\\(" id "\\)") 1 font-lock-type-face)
      (,(concat "\\_<new(\\*?\\(" id "\\)") 1 font-lock-type-face)
      (,(concat "\\_<\\(" id "\\){") 1 font-lock-type-face)
      ;; Labels: a label on its own line, and after break/continue/goto.
      (,(concat "^[ \t]*\\(" id "\\):[ \t]*\\(?://.*\\)?$") 1 font-lock-constant-face)
      (,(concat "\\_<\\(?:break\\|continue\\|goto\\)[ \t]+\\(" id "\\)") 1 font-lock-constant-face)
      ;; Struct fields, composite literal keys (gofmt writes `Key: value').
      (minigo--match-struct-field 1 'minigo-field-face)
      (minigo--match-interface-method 1 font-lock-function-name-face)
      (minigo--match-struct-field-type 1 font-lock-type-face)
      (minigo--match-param-type 1 font-lock-type-face)
      (minigo--match-group-name 1 font-lock-variable-name-face)
      (,(concat "\\(?:[{,]\\|^\\)[ \t]*\\(" id "\\): ") 1 'minigo-field-face)
      ;; Declared names: x, y := ..., var x, const x.
      (,(concat "\\(" id "\\(?:[ \t]*,[ \t]*" id "\\)*\\)[ \t]*:=") 1 font-lock-variable-name-face)
      (,(concat "\\_<\\(?:var\\|const\\)[ \t]+\\(" id "\\)") 1 font-lock-variable-name-face)
      ;; Calls.
      (,(concat "\\_<\\(" id "\\)(") 1 'minigo-function-call-face)
      ;; Operators and numbers.
      ("<-" . 'minigo-channel-operator-face)
      (":=" . 'minigo-operator-face)
      (minigo--match-number . 'minigo-number-face)
      ;; Inside strings: escapes and fmt verbs on top of the string face.
      (minigo--match-escape 0 'minigo-escape-face prepend)
      (minigo--match-bad-escape 0 'font-lock-warning-face prepend)
      (minigo--match-format-verb 0 'minigo-format-verb-face prepend)))
  "Font-lock keywords for `minigo-mode'.")

;;;; Indentation

(defconst minigo--continuation-regexp
  "\\(?:&&\\|||\\|[-+*/%&|^<>=]\\|&^\\)[ \t]*"
  "Binary operators that continue an expression on the next line.")

(defun minigo--line-code-p ()
  "Non-nil if the current line holds code (not blank, not only comments)."
  (save-excursion
    (let* ((bol (line-beginning-position))
           (eol (line-end-position))
           (ppss (syntax-ppss bol)))
      (cond ((nth 3 ppss) t)            ; inside a raw string: its text is code
            (t (goto-char (if (nth 4 ppss) (nth 8 ppss) bol))
               (forward-comment (buffer-size))
               (<= (point) eol))))))

(defun minigo--previous-code-line ()
  "Move to the nearest line above holding code; return nil if there is none."
  (let (found)
    (while (and (not found) (zerop (forward-line -1)))
      (setq found (minigo--line-code-p)))
    found))

(defun minigo--logical-line-start ()
  "Move to the start of the line where the literal spanning this line began."
  (beginning-of-line)
  (let ((ppss (syntax-ppss)))
    (while (nth 8 ppss)
      (goto-char (nth 8 ppss))
      (beginning-of-line)
      (setq ppss (syntax-ppss)))))

(defun minigo--block-brace-p (pos)
  "Non-nil if the { at POS opens a block, not a composite literal.
gofmt writes a space before a block's brace (`if x {', `) {') and none
before a literal's (`T{'); an elided literal type leaves the brace after
`: ', `, ', `(' or at the start of the line."
  (and (eq (char-after pos) ?{)
       (save-excursion
         (goto-char pos)
         (and (looking-back "[^:,([{ \t][ \t]+" (line-beginning-position))))))

(defun minigo--goto-code-end ()
  "Move to the end of the current line's code, before trailing comments.
Return nil if the line ends inside a string."
  (end-of-line)
  (let ((bol (line-beginning-position))
        (ppss (syntax-ppss)))
    (unless (nth 3 ppss)
      (when (nth 4 ppss) (goto-char (nth 8 ppss)))
      (while (and (> (point) bol) (forward-comment -1)))
      (when (< (point) bol) (goto-char bol))
      (skip-chars-backward " \t" bol)
      t)))

(defun minigo--line-continues-p ()
  "Non-nil if the code of the current line continues on the next line.
That is after a binary operator, after `case' until the colon, and after a
comma that is directly in a block."
  (save-excursion
    (when (minigo--goto-code-end)
        (cond
         ((looking-back minigo--continuation-regexp (line-beginning-position))
          (not (looking-back "\\(?:\\+\\+\\|--\\)" (line-beginning-position))))
         ((eq (char-before) ?:) nil)
         ;; A comma outside any bracket of its line, in a block: `return a,' / `b'.
         ((eq (char-before) ?,)
          (let ((open (nth 1 (syntax-ppss (1- (point))))))
            (or (null open) (minigo--block-brace-p open))))
         ;; A case list goes on until its colon (`case a,' / `b:'); its later
         ;; lines are at the level of the clause's statements anyway.
         (t (minigo--logical-line-start)
            (looking-at "[ \t]*case\\_>"))))))

(defun minigo--statement-start ()
  "Move to the first line of the statement the current line belongs to."
  (minigo--logical-line-start)
  (let ((done nil))
    (while (not done)
      (let ((here (point)))
        (if (and (minigo--previous-code-line) (minigo--line-continues-p))
            (minigo--logical-line-start)
          (goto-char here)
          (setq done t)))))
  (point))

(defconst minigo--case-regexp "[ \t]*\\(?:case\\_>\\|default[ \t]*:\\)")

(defun minigo--comment-before-case-p ()
  "Non-nil if the current line is a comment followed by a case or default."
  (save-excursion
    (beginning-of-line)
    (and (looking-at "[ \t]*//")
         (progn
           (while (and (zerop (forward-line 1))
                       (looking-at "[ \t]*\\(?://.*\\)?$")))
           (looking-at minigo--case-regexp)))))

(defun minigo--comment-above-case-p ()
  "Non-nil if the current line is a comment above its switch's first case.
gofmt puts such a comment at the level of the case.  Further down it
keeps either level (the comment may end the previous clause or introduce
the next one), so a comment already at the case's level stays there and a
new one goes to the statements' level."
  (and (minigo--comment-before-case-p)
       (save-excursion
         (beginning-of-line)
         (and (minigo--previous-code-line)
              (minigo--goto-code-end)
              (eq (char-before) ?{)))))

(defun minigo--opener-statement-start (opener)
  "Start of the first line of the statement that opened the bracket at OPENER.
A bracket still open where that line begins but closed before OPENER (as in
`func f(a int,' / `b int) {') moves the start to where that bracket was opened."
  (save-excursion
    (goto-char opener)
    (let* ((enclosing (nth 1 (syntax-ppss opener)))
           (start (minigo--statement-start))
           (outer (nth 1 (syntax-ppss start))))
      (while (and outer (or (not enclosing) (< enclosing outer)))
        (goto-char outer)
        (setq start (minigo--statement-start)
              outer (nth 1 (syntax-ppss start))))
      start)))

(defun minigo--calculate-indentation ()
  "Indentation column for the current line, or nil to leave the line alone."
  (save-excursion
    (beginning-of-line)
    (let ((case-fold-search nil)
          (ppss (syntax-ppss))
          (level tab-width))
      (if (nth 8 ppss)
          nil                           ; inside a raw string or block comment
        (let* ((opener (nth 1 ppss))
               (prev-comma nil)
               (continued
                ;; After a line that continues: one level deeper than the
                ;; statement's first line, or than a bracket opened inside it.
                (save-excursion
                  (and (minigo--previous-code-line)
                       (progn (setq prev-comma
                                    (save-excursion
                                      (and (minigo--goto-code-end)
                                           (eq (char-before) ?,))))
                              (minigo--line-continues-p))
                       (let ((start (minigo--statement-start)))
                         (if (and opener (>= opener start))
                             (progn (goto-char opener) (current-indentation))
                           (current-indentation))))))
               (closer (looking-at "[ \t]*[])}]"))
               (case-line (looking-at minigo--case-regexp))
               (label (and (not prev-comma)
                           (looking-at (concat "[ \t]*\\(" minigo--id "\\)[ \t]*:[ \t]*\\(?://.*\\)?$"))
                           (not (equal (match-string 1) "default"))))
               (comment-above-case (minigo--comment-above-case-p)))
          (if continued
              (+ continued level)
            (let ((indent
                   (if (not opener)
                       0
                     (let* ((start (minigo--opener-statement-start opener))
                            (base (save-excursion (goto-char start) (current-indentation))))
                       (cond
                        (closer base)
                        ((and (eq (char-after opener) ?{)
                              (or case-line comment-above-case
                                  (and (minigo--comment-before-case-p)
                                       (= (current-indentation) base)))
                              (save-excursion
                                (goto-char start)
                                (looking-at "[ \t]*\\(?:switch\\|select\\)\\_>")))
                         base)
                        (t (+ base level)))))))
              (max 0 (if label (- indent level) indent)))))))))

(defun minigo-indent-line ()
  "Indent the current line as gofmt would."
  (interactive)
  (let ((indent (minigo--calculate-indentation)))
    (when indent
      (if (<= (current-column) (current-indentation))
          (indent-line-to indent)
        (save-excursion (indent-line-to indent))))))

;;;; Mode

;;;###autoload
(define-derived-mode minigo-mode prog-mode "minigo"
  "Major mode for editing minigo (.mg) files, a Go subset.
Indentation follows gofmt: tabs, one per level.

\\{minigo-mode-map}"
  :syntax-table minigo-mode-syntax-table
  :group 'minigo
  (setq-local font-lock-defaults '(minigo-font-lock-keywords))
  (setq-local syntax-propertize-function #'minigo--syntax-propertize)
  (setq-local indent-line-function #'minigo-indent-line)
  (setq-local indent-tabs-mode t)
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "\\(?://+\\|/\\*+\\)[ \t]*")
  (setq-local comment-use-syntax t)
  (setq-local parse-sexp-ignore-comments t)
  (setq-local electric-indent-chars (append "{}():" electric-indent-chars))
  (when buffer-file-name
    (setq-local compile-command
                (concat "minigo check " (shell-quote-argument
                                         (file-name-nondirectory buffer-file-name))))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.mg\\'" . minigo-mode))

(provide 'minigo-mode)

;;; minigo-mode.el ends here
