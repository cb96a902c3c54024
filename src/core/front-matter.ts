/**
 * YAML front matter at the top of a Markdown article:
 *
 *   ---
 *   title: "Chuyển biến tích cực"
 *   date: 2017-07-17T07:39
 *   author: Quốc Hùng
 *   ---
 *
 * Only top-level `key: scalar` lines are read (plain, 'single' or "double" quoted), with
 * the exact range of each value so rules can report on it. Anything else is kept as
 * opaque data: it is never linted.
 */
export interface FrontMatterValue {
  value: string;
  /** Range of the value's characters in the source (inside the quotes when quoted). */
  start: number;
  end: number;
}

export interface FrontMatter {
  start: number;
  /** End of the closing fence line, line break excluded. */
  end: number;
  fields: Map<string, FrontMatterValue>;
}

const OPEN = /^---[ \t]*(\r\n|\r|\n)/;

export function parseFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const lineRe = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  lineRe.lastIndex = open[0].length;
  const fields = new Map<string, FrontMatterValue>();
  for (;;) {
    const at = lineRe.lastIndex;
    const m = lineRe.exec(text);
    if (!m || (m[0] === '' && at >= text.length)) return null; // no closing fence: not front matter
    const line = m[1];
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) return { start: 0, end: at + line.length, fields };
    // The value is trimmed by hand: `(.*?)[ \t]*$` retries every space of a run.
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/.exec(line);
    const raw = kv ? trimBlanks(line.slice(kv[0].length)) : '';
    if (kv && raw !== '' && !/^[|>[{&*!#]/.test(raw)) {
      const rawAt = at + kv[0].length;
      const quoted = /^"(.*)"$|^'(.*)'$/.exec(raw);
      if (quoted) {
        const inner = quoted[1] ?? quoted[2];
        const value = quoted[1] !== undefined ? inner.replace(/\\"/g, '"') : inner.replace(/''/g, "'");
        fields.set(kv[1].toLowerCase(), { value, start: rawAt + 1, end: rawAt + 1 + inner.length });
      } else {
        const comment = /\s#/.exec(raw); // a comment starts at " #": the first such place, found once
        const value = comment ? raw.slice(0, comment.index).trimEnd() : raw;
        fields.set(kv[1].toLowerCase(), { value, start: rawAt, end: rawAt + value.length });
      }
    }
    if (m[2] === '') return null;
  }
}

function trimBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09)) end--;
  return s.slice(0, end);
}
