/**
 * Another editor, for real: Debian's Neovim (headless, its built-in LSP client) starts
 * `vnstyle-ls --stdio`, opens an article, receives pushed diagnostics at the positions of
 * `vnstyle --format json`, and applies the preferred code action. Skipped, with a message,
 * when nvim is not installed (CI installs it: .ci/run).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir, vnstyle, write } from './cli-helpers';
import { LS_BIN } from './lsp-client';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

/** Runs inside Neovim: attach the client, wait for diagnostics, ask for code actions as its code_action() does, apply the preferred one. */
const SCRIPT = String.raw`
local out = {}
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.VNSTYLE_ARTICLE))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = { name = 'vnstyle-ls', cmd = { vim.env.VNSTYLE_NODE, vim.env.VNSTYLE_LS, '--stdio' }, root_dir = vim.env.VNSTYLE_ROOT }
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config)
    out.api = 'vim.lsp.start'
  else -- Neovim 0.7 (Debian 12)
    id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, id)
    out.api = 'vim.lsp.start_client'
  end
  local want = tonumber(vim.env.VNSTYLE_EXPECT)
  out.waited = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) >= want end, 50)
  local client = vim.lsp.get_client_by_id(id)
  out.server = client.server_capabilities and client.server_capabilities.positionEncoding or client.resolved_capabilities and 'resolved'
  out.offset_encoding = client.offset_encoding
  out.diagnostics = {}
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
    local end_line = vim.api.nvim_buf_get_lines(bufnr, d.end_lnum, d.end_lnum + 1, false)[1] or ''
    local _, c16 = vim.str_utfindex(line, d.col)
    local _, e16 = vim.str_utfindex(end_line, d.end_col)
    local item = { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, col16 = c16, end_col16 = e16, code = d.code, source = d.source, message = d.message }
    table.insert(out.diagnostics, item)
    if d.code == vim.env.VNSTYLE_RULE and not target then
      target = { range = { start = { line = d.lnum, character = c16 } }, byte_col = d.col }
    end
  end
  -- As :lua vim.lsp.buf.code_action() asks: the cursor's range, the line's diagnostics as Neovim hands them back.
  vim.api.nvim_win_set_cursor(0, { target.range.start.line + 1, target.byte_col })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics and vim.lsp.diagnostic.get_line_diagnostics(bufnr) or {} }
  local resp = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
  out.actions = {}
  local preferred
  for _, a in ipairs(resp.result or {}) do
    table.insert(out.actions, { title = a.title, preferred = a.isPreferred == true })
    if a.isPreferred then preferred = a end
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  out.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end)
if not ok then out.error = tostring(err) end
local f = io.open(vim.env.VNSTYLE_OUT, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qall!')
`;

interface CliMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixes: Array<{ title: string; preferred: boolean; edits: Array<{ offset: number; endOffset: number; text: string }> }>;
}

describe('Neovim (built-in LSP client) with vnstyle-ls --stdio', function () {
  this.timeout(60_000);

  before(function () {
    if (!hasNvim) {
      console.log('    (nvim is not installed: the Neovim test is skipped, not passed — apt-get install neovim)');
      this.skip();
    }
  });

  it('shows the findings of vnstyle --format json at the same places and applies the preferred code action', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '.git'));
    // Vietnamese letters take 2–3 bytes in UTF-8: Neovim's byte columns differ from the UTF-16 ones.
    const text = 'Xã ra quân dọn kênh\n\nSáng 3/3/2024, các CB và người dân ở ấp Bình Đông ra quân dọn sạch kênh Tư.\n\nMinh Anh\n\nChia sẻ bài viết\n';
    const article = write(dir, 'bai/don-kenh.txt', text);
    const cli = JSON.parse(vnstyle(['--format', 'json', article], { cwd: dir }).stdout)[0].messages as CliMessage[];
    assert.ok(cli.length >= 2);
    const abbr = cli.find((m) => m.ruleId === 'abbreviation-undefined')!;
    const home = tempDir();
    const script = write(dir, 'test.lua', SCRIPT);
    const out = path.join(dir, 'out.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`], {
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, 'config'),
        XDG_DATA_HOME: path.join(home, 'data'),
        XDG_STATE_HOME: path.join(home, 'state'),
        XDG_CACHE_HOME: path.join(home, 'cache'),
        VNSTYLE_ARTICLE: article,
        VNSTYLE_ROOT: dir,
        VNSTYLE_NODE: process.execPath,
        VNSTYLE_LS: LS_BIN,
        VNSTYLE_EXPECT: String(cli.length),
        VNSTYLE_RULE: 'abbreviation-undefined',
        VNSTYLE_OUT: out,
      },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${r.status}): ${r.stderr}${r.stdout}`);
    const got = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(got.error, undefined, got.error);
    assert.equal(got.waited, true, 'diagnostics arrived');
    assert.equal(got.offset_encoding, 'utf-16');

    const lines = text.split('\n');
    const bytes = (line: number, col16: number) => Buffer.byteLength(lines[line].slice(0, col16), 'utf8');
    const expected = cli.map((m) => ({
      code: m.ruleId,
      source: 'vnstyle',
      message: m.message,
      lnum: m.line - 1,
      col: bytes(m.line - 1, m.column - 1),
      end_lnum: m.endLine - 1,
      end_col: bytes(m.endLine - 1, m.endColumn - 1),
      col16: m.column - 1,
      end_col16: m.endColumn - 1,
    }));
    const sort = <T extends { lnum: number; col: number }>(a: T[]) => [...a].sort((x, y) => x.lnum - y.lnum || x.col - y.col);
    assert.deepEqual(sort(got.diagnostics), sort(expected));
    assert.notEqual(expected.find((e) => e.code === 'abbreviation-undefined')!.col, abbr.column - 1, 'byte and UTF-16 columns differ on this line');

    const preferred = abbr.fixes.find((f) => f.preferred)!;
    assert.equal(got.actions[0].title, preferred.title);
    assert.equal(got.actions[0].preferred, true);
    const e = preferred.edits[0];
    assert.equal(got.text, text.slice(0, e.offset) + e.text + text.slice(e.endOffset));
  });
});
