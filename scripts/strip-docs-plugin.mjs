// esbuild plugin for the extension bundle: rules keep their examples and rationale in their
// own file (STYLE.md), but the editor never shows them (docs pages do), so they are left out
// of dist/extension.js. The property values are found by bracket matching that skips strings.
import { readFile } from 'node:fs/promises';

/** End index (exclusive) of the bracketed value starting at `open` ({ or [), strings skipped. */
function matchBracket(src, open) {
  const pairs = { '{': '}', '[': ']', '(': ')' };
  const stack = [];
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < src.length && src[i] !== ch; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (ch === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (pairs[ch]) stack.push(pairs[ch]);
    else if (ch === '}' || ch === ']' || ch === ')') {
      if (stack.pop() !== ch) throw new Error(`unbalanced ${ch} at ${i}`);
      if (!stack.length) return i + 1;
    }
  }
  throw new Error('unterminated');
}

export function stripProperty(src, name, replacement) {
  const re = new RegExp(`\\n(\\s*)${name}: ([{\\[])`);
  const m = re.exec(src);
  if (!m) return src;
  const open = m.index + m[0].length - 1;
  const end = matchBracket(src, open);
  return src.slice(0, open) + replacement + src.slice(end);
}

export const stripRuleDocs = {
  name: 'strip-rule-docs',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/]rules[\\/][a-z-]+\.ts$/ }, async (args) => {
      let src = await readFile(args.path, 'utf8');
      src = stripProperty(src, 'examples', '{ valid: [], invalid: [] }');
      src = stripProperty(src, 'rationale', "{ vi: '', en: '' }");
      return { contents: src, loader: 'ts' };
    });
  },
};
