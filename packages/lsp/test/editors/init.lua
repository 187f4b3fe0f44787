-- Neovim 0.7 harness: attach dhcplint-lsp to dhcpd buffers, then write what the editor itself
-- holds (diagnostics, a hover answer) to $OUT.
local server = os.getenv('DHCPLINT_LSP')
local root = os.getenv('WS')
-- Neovim 0.7 detects dhcpd.conf as "conf" under some paths: name the filetype explicitly.
vim.cmd([[autocmd BufRead,BufNewFile dhcpd*.conf,*.dhcpd.conf,failover.conf setlocal filetype=dhcpd]])
-- A *.conf file of any name is dhcpd when its first lines read like a dhcpd config.
vim.cmd([[autocmd BufRead *.conf if &filetype !=# 'dhcpd' && join(getline(1, 300), "\n") =~# '\v(^|\n)\s*(failover\s+peer|subnet\s+\S+\s+netmask|shared-network\s|ddns-update-style)' | setlocal filetype=dhcpd | endif]])
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'dhcpd',
  callback = function(args)
    local id = vim.lsp.start_client({ name = 'dhcplint', cmd = { 'node', server, '--stdio' }, root_dir = root })
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})

function Proof()
  local buf = vim.api.nvim_get_current_buf()
  local out = {}
  vim.wait(tonumber(os.getenv('WAIT_S') or '15') * 1000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, string.format('DIAG %d %s', d.lnum + 1, (d.message:gsub('\n', ' '))))
  end
  local line, char = tonumber(os.getenv('HOVER_LINE')), tonumber(os.getenv('HOVER_CHAR'))
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = char } }
  local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, tonumber(os.getenv('WAIT_S') or '15') * 1000)
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      table.insert(out, 'HOVER ' .. ((r.result.contents.value or ''):gsub('\n', ' ')))
    end
  end
  vim.fn.writefile(out, os.getenv('OUT'))
  vim.cmd('qa!')
end
