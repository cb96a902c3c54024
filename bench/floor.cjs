// The floor: what any linter of these folders must pay, as a process of its own — start Node,
// walk the folders, read every article (.txt, .md, .markdown) and run one regular-expression
// pass over it. Prints {"files", "bytes", "matches"}.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

let files = 0;
let bytes = 0;
let matches = 0;
const visit = (file) => {
  const text = fs.readFileSync(file, 'utf8');
  files++;
  bytes += Buffer.byteLength(text);
  matches += text.match(/\p{Lu}{2,}/gu)?.length ?? 0;
};
for (const input of process.argv.slice(2)) {
  if (!fs.statSync(input).isDirectory()) {
    visit(input);
    continue;
  }
  const names = fs.readdirSync(input, { recursive: true }).map(String).sort();
  for (const name of names) if (/\.(txt|md|markdown)$/i.test(name)) visit(path.join(input, name));
}
process.stdout.write(JSON.stringify({ files, bytes, matches }) + '\n');
