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
