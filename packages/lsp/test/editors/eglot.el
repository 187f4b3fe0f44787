;;; Emacs + eglot harness: eglot runs dhcplint-lsp for dhcpd-mode buffers; the diagnostics flymake
;;; holds and eglot's hover answer are written to $OUT.
(package-initialize) ; Debian's elpa-eglot lives in the system package directory
(require 'eglot)
(require 'flymake)
(define-derived-mode dhcpd-mode prog-mode "dhcpd" "Minimal major mode for dhcpd.conf."
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("dhcpd\\.conf\\'" . dhcpd-mode))
;; A *.conf file of any name is dhcpd when its first lines read like a dhcpd config (magic-mode-alist
;; is consulted before auto-mode-alist, which would make it conf-mode).
(add-to-list 'magic-mode-alist
             (cons (lambda ()
                     (and buffer-file-name (string-match-p "\\.conf\\'" buffer-file-name)
                          (save-excursion
                            (goto-char (point-min))
                            (re-search-forward "^[ \t]*\\(failover[ \t]+peer\\|subnet[ \t]+[0-9.]+[ \t]+netmask\\|shared-network[ \t]\\|ddns-update-style\\)" 16384 t))))
                   'dhcpd-mode))
(add-to-list 'eglot-server-programs `(dhcpd-mode . ("node" ,(getenv "DHCPLINT_LSP") "--stdio")))
(setq eglot-sync-connect (string-to-number (getenv "WAIT_S")))
(find-file (getenv "FILE"))
(let ((out '()))
  (condition-case err
      (progn
        (apply #'eglot (eglot--guess-contact))
        (let ((tries 0))
          (while (and (null (flymake-diagnostics)) (< tries (* 10 (string-to-number (getenv "WAIT_S")))))
            (accept-process-output nil 0.1)
            (setq tries (1+ tries))))
        (dolist (d (flymake-diagnostics))
          (push (format "DIAG %d %s" (line-number-at-pos (flymake-diagnostic-beg d))
                        (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d)))
                out))
        (goto-char (point-min))
        (forward-line (string-to-number (getenv "HOVER_LINE")))
        (forward-char (string-to-number (getenv "HOVER_CHAR")))
        (let* ((server (eglot--current-server-or-lose))
               (hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
               (contents (plist-get hover :contents)))
          (when contents
            (push (concat "HOVER " (replace-regexp-in-string "\n" " " (or (plist-get contents :value) ""))) out))))
    (error (push (format "ERROR %S" err) out)))
  (with-temp-file (getenv "OUT") (insert (mapconcat #'identity (nreverse out) "\n")))
  (kill-emacs 0))
