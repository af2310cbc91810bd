;;; minigo-mode-tests.el --- ERT tests for editors/emacs/minigo-mode.el  -*- lexical-binding: t; -*-

;;; Commentary:

;; Run from the repository root (editors/tests/emacs/run.sh does this):
;;   emacs --batch -Q -l editors/emacs/minigo-mode.el \
;;         -l editors/tests/emacs/minigo-mode-tests.el -f ert-run-tests-batch-and-exit
;;
;; - One test per face assertion in editors/tests/emacs/*.mg: a comment line
;;     //> TEXT => face [face ...]
;;   asserts that every character of the first occurrence of TEXT (TEXT#N: the N-th)
;;   on the nearest line above that is not an annotation has each face (among the
;;   faces of its `face' property); !face asserts it has not, `nil' that it has none.
;; - Two tests per gofmt-formatted sample (editors/tests/samples/*.mg, examples/*.mg):
;;   re-indenting the whole buffer leaves it unchanged, and re-indenting restores the
;;   indentation after every line that does not start inside a raw string or comment
;;   was flattened to column 0.
;; - Tests of the mode itself: auto-mode-alist, comment syntax, raw strings.

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'minigo-mode)

(defconst minigo-test--dir
  (file-name-directory (or load-file-name buffer-file-name)))
(defconst minigo-test--repo
  (expand-file-name "../../../" minigo-test--dir))

(defun minigo-test--fontified-buffer (file)
  "A buffer visiting FILE in `minigo-mode', fully fontified."
  (let ((buf (generate-new-buffer (file-name-nondirectory file))))
    (with-current-buffer buf
      (insert-file-contents file)
      (minigo-mode)
      (font-lock-mode 1)
      (font-lock-ensure))
    buf))

(defun minigo-test--faces-at (pos)
  "The faces at POS as a list."
  (let ((f (get-text-property pos 'face)))
    (if (listp f) f (list f))))

(defun minigo-test--check-faces (file line text nth wants)
  "Check that TEXT (NTH occurrence) on LINE of FILE has the faces WANTS."
  (let ((buf (minigo-test--fontified-buffer file)))
    (unwind-protect
        (with-current-buffer buf
          (goto-char (point-min))
          (forward-line (1- line))
          (let ((bol (point)) (eol (line-end-position)) (col nil))
            (dotimes (_ nth)
              (when (search-forward text eol t) (setq col (match-beginning 0))))
            (unless col (ert-fail (format "%S#%d not found on line %d" text nth line)))
            (dotimes (i (length text))
              (let* ((pos (+ col i))
                     (faces (minigo-test--faces-at pos)))
                (dolist (w wants)
                  (let* ((neg (string-prefix-p "!" w))
                         (face (intern (if neg (substring w 1) w)))
                         (has (if (eq face 'nil) (null (delq nil (copy-sequence faces)))
                                (memq face faces))))
                    (when (if neg has (not has))
                      (ert-fail (format "line %d %S: char %S at column %d has faces %S, %s %s"
                                        line text (char-after pos) (- pos bol -1) faces
                                        (if neg "not wanted:" "wanted") face)))))))))
      (kill-buffer buf))))

(defun minigo-test--define-face-tests ()
  "Define one ERT test per annotation in editors/tests/emacs/*.mg."
  (dolist (file (directory-files minigo-test--dir t "\\.mg\\'"))
    (let ((target nil) (n 0) (lineno 0))
      (with-temp-buffer
        (insert-file-contents file)
        (goto-char (point-min))
        (while (not (eobp))
          (setq lineno (1+ lineno))
          (let ((line (buffer-substring-no-properties (point) (line-end-position))))
            (if (not (string-match "^[ \t]*//> ?\\(.*\\)$" line))
                (setq target lineno)
              (let* ((body (match-string 1 line))
                     (sep (let ((i nil) (start 0))
                            (while (string-match " => " body start)
                              (setq i (match-beginning 0) start (1+ i)))
                            i))
                     (text (string-trim (substring body 0 sep)))
                     (wants (split-string (substring body (+ sep 4))))
                     (nth 1)
                     (tline target))
                (when (string-match "\\`\\(.+\\)#\\([0-9]+\\)\\'" text)
                  (setq nth (string-to-number (match-string 2 text))
                        text (match-string 1 text)))
                (setq n (1+ n))
                (let ((name (intern (format "minigo-face/%s:%d/%s"
                                            (file-name-nondirectory file) tline text))))
                  (ert-set-test name
                                (make-ert-test
                                 :name name
                                 :body (lambda ()
                                         (minigo-test--check-faces file tline text nth wants))))))))
          (forward-line 1))))))

(minigo-test--define-face-tests)

;;;; Indentation

(defun minigo-test--sample-files ()
  (append (directory-files (expand-file-name "editors/tests/samples" minigo-test--repo) t "\\.mg\\'")
          (let ((ex (expand-file-name "examples" minigo-test--repo)))
            (and (file-directory-p ex) (directory-files ex t "\\.mg\\'")))))

(defun minigo-test--first-difference (want got)
  "Describe the first line where strings WANT and GOT differ.
Trailing white space is ignored: indentation is about leading white space."
  (let ((w (mapcar #'string-trim-right (split-string want "\n")))
        (g (mapcar #'string-trim-right (split-string got "\n")))
        (i 1) (msg nil))
    (while (and (or w g) (not msg))
      (unless (equal (car w) (car g))
        (setq msg (format "line %d: want %S, got %S" i (car w) (car g))))
      (setq w (cdr w) g (cdr g) i (1+ i)))
    msg))

(defun minigo-test--reindent (file flatten)
  "Re-indent FILE (after flattening it when FLATTEN); return (original . result)."
  (with-temp-buffer
    (insert-file-contents file)
    (minigo-mode)
    (let ((original (buffer-string)))
      (when flatten
        (goto-char (point-min))
        (while (not (eobp))
          (unless (nth 8 (syntax-ppss (line-beginning-position)))
            (delete-horizontal-space))
          (forward-line 1)))
      (indent-region (point-min) (point-max))
      (cons original (buffer-string)))))

(defun minigo-test--define-indent-tests ()
  (dolist (file (minigo-test--sample-files))
    (dolist (flatten '(nil t))
      (let ((name (intern (format "minigo-indent/%s%s" (file-name-nondirectory file)
                                  (if flatten "/from-flat" "")))))
        (ert-set-test name
                      (make-ert-test
                       :name name
                       :body (lambda ()
                               (let* ((r (minigo-test--reindent file flatten))
                                      (diff (minigo-test--first-difference (car r) (cdr r))))
                                 (when diff (ert-fail (format "%s: %s" file diff)))))))))))

(minigo-test--define-indent-tests)

;;;; The mode itself

(ert-deftest minigo-auto-mode-alist ()
  (let ((file (make-temp-file "minigo-test" nil ".mg")))
    (unwind-protect
        (let ((buf (find-file-noselect file)))
          (unwind-protect
              (should (eq (buffer-local-value 'major-mode buf) 'minigo-mode))
            (kill-buffer buf)))
      (delete-file file))))

(ert-deftest minigo-comment-syntax ()
  (with-temp-buffer
    (minigo-mode)
    (insert "x := 1 // line comment\n/* block\n comment */ y := 2\n")
    (goto-char (point-min))
    (search-forward "line comm")
    (should (nth 4 (syntax-ppss)))
    (search-forward "block")
    (should (nth 4 (syntax-ppss)))
    (search-forward "y :=")
    (should-not (nth 8 (syntax-ppss)))
    (should (equal comment-start "// "))
    ;; comment-region uses //
    (erase-buffer)
    (insert "x := 1\n")
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "// x := 1\n"))))

(ert-deftest minigo-raw-string-backslash ()
  "A backslash does not escape the closing backtick of a raw string."
  (with-temp-buffer
    (minigo-mode)
    (insert "p := `C:\\`\nq := \"a\\\"b\"\nr := '\\''\nz := 1\n")
    (syntax-propertize (point-max))
    (goto-char (point-min))
    (search-forward "z :=")
    (should-not (nth 8 (syntax-ppss)))
    (goto-char (point-min))
    (search-forward "C:")
    (should (nth 3 (syntax-ppss)))))

(ert-deftest minigo-indentation-uses-tabs ()
  (with-temp-buffer
    (minigo-mode)
    (insert "func f() {\nx := 1\nif x > 0 {\nreturn\n}\n}\n")
    (indent-region (point-min) (point-max))
    (should (equal (buffer-string) "func f() {\n\tx := 1\n\tif x > 0 {\n\t\treturn\n\t}\n}\n"))))

(provide 'minigo-mode-tests)

;;; minigo-mode-tests.el ends here
