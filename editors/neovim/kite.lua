-- kite for Neovim (0.10 or later): Penrose file types and the kite language
-- server. Put this file on your runtimepath (for example as
-- ~/.config/nvim/plugin/kite.lua) with `kite` on your PATH.

vim.filetype.add({
  extension = {
    domain = "penrose-domain",
    substance = "penrose-substance",
    style = "penrose-style",
  },
})

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "penrose-domain", "penrose-substance", "penrose-style" },
  callback = function(event)
    vim.lsp.start({
      name = "kite",
      cmd = { "kite", "lsp" },
      -- The workspace root: where trio manifests are searched up to.
      root_dir = vim.fs.root(event.buf, { ".git", ".hg" })
        or vim.fs.dirname(vim.api.nvim_buf_get_name(event.buf)),
    })
  end,
})

-- :KitePreview opens the live preview of the current buffer's trio in a
-- browser: the server serves it on 127.0.0.1, and clicking a shape jumps
-- here to the Style statement that made it (Ctrl-click: its Substance
-- object).
vim.api.nvim_create_user_command("KitePreview", function()
  local client = vim.lsp.get_clients({ bufnr = 0, name = "kite" })[1]
  if not client then
    vim.notify("kite: no language server for this buffer", vim.log.levels.WARN)
    return
  end
  local document = { textDocument = vim.lsp.util.make_text_document_params() }
  client.request("kite/preview/open", document, function(err, opened)
    if err then
      vim.notify("kite: " .. err.message, vim.log.levels.ERROR)
      return
    end
    client.request("kite/preview/startServer", { trio = opened.trio }, function(err2, started)
      if err2 then
        vim.notify("kite: " .. err2.message, vim.log.levels.ERROR)
        return
      end
      vim.notify("kite preview: " .. started.url)
      if vim.ui.open then
        vim.ui.open(started.url)
      end
    end)
  end)
end, { desc = "Open the kite live preview in a browser" })
