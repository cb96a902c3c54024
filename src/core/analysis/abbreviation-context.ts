/**
 * What an abbreviation means where it is used, read from the article around it:
 *  - a name, not an abbreviation to explain: a ticker ("mã VPB", "HOSE: VPB"), a brand or a
 *    product ("Tập đoàn TH", "FE Credit", "CH Play", "Honda MSX 125"), a foreign acronym
 *    (Vietnamese syllables never begin with F, J, W, Z and seldom with E, I, O: "BMW", "DOJI");
 *  - its meaning: the one a preceding word settles ("Công ty CP" is cổ phần), or the one of
 *    several meanings the article itself writes out, clearly (twice, or beside the same word);
 *  - where the article already writes its full form before the first use, as a phrase of its
 *    own (not inside a quotation, not a piece of a longer name), and for a list "CB, ĐV" the
 *    list of full forms "cán bộ, đảng viên", which also settles an ambiguous member.
 */
import type { Article } from '../article';
import type { AbbreviationDictionary, DictionaryEntry } from '../dictionary';
import type { AbbrUse } from './abbreviations';
import { isValidSyllable } from '../text/syllable';

/** Words after which any capitals are a name: tickers, brands, products, channels, prizes. */
const NAME_BEFORE =
  /(?:^|[\s(])(?:mã(?: chứng khoán| cổ phiếu| CK)?\s*:?|cổ phiếu|(?:HOSE|HNX|UPCoM|HSX)\s*:|tập đoàn|hãng|thương hiệu|nhãn hàng|nhãn hiệu|logo|kênh|tờ|giải|nền tảng|mẫu xe|dòng xe|mẫu|dòng|model)\s*$/iu;
/** Words after which capitals unknown to the dictionary are a name (a company, a team, a club). */
const UNKNOWN_NAME_BEFORE = /(?:^|[\s(])(?:công ty|cty|ngân hàng|nhóm|ban nhạc|phòng trà|đội|CLB|câu lạc bộ|hệ thống|xe|chip|hệ điều hành)\s*$/iu;
/** A capitalised foreign word or a model number after: "FE Credit", "CH Play", "MSX 125", "Z40". */
const FOREIGN_WORD_AFTER = /^ ([A-Z][a-z]+)(?![\p{L}\p{M}])/u;
const NUMBER_AFTER = /^ ?\d/u;
/** Letters that begin no Vietnamese syllable (F J W Z) or seldom begin one (E I O). */
const FOREIGN_LETTER = /[FJWZEIO]/;

/** Whether the capitals at this use are a name rather than an abbreviation to explain. */
export function isNameHere(article: Article, use: Pick<AbbrUse, 'abbr' | 'start' | 'end'>, entry: DictionaryEntry | undefined): boolean {
  const mask = article.mask;
  const before = mask.slice(Math.max(0, use.start - 24), use.start);
  if (NAME_BEFORE.test(before)) return true;
  const after = mask.slice(use.end, use.end + 24);
  const foreign = FOREIGN_WORD_AFTER.exec(after);
  if (foreign && !isValidSyllable(foreign[1].toLowerCase())) return true;
  if (entry) return false;
  return UNKNOWN_NAME_BEFORE.test(before) || NUMBER_AFTER.test(after) || FOREIGN_LETTER.test(use.abbr.replace(/[^A-Z]/g, ''));
}

const kindOk = (article: Article, at: number) => {
  const block = article.blockAt(at);
  return !!block && block.kind !== 'title' && block.kind !== 'byline' && block.kind !== 'residue' && block.kind !== 'dateline';
};

/** Every place the article's prose writes `full` (any case, whole words), with the words around it. */
function occurrences(article: Article, full: string, before = Infinity): Array<{ start: number; end: number }> {
  // Most full forms are not in the article at all: a plain search of the lower-cased text for the first word says so cheaply.
  const lower = article.analysis('lowerMask', (a) => a.mask.toLocaleLowerCase('vi'));
  const first = full.toLocaleLowerCase('vi').split(/[\s,]/)[0];
  if (lower.length === article.mask.length && !lower.includes(first)) return [];
  const words = full
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/,\s*/g, ',\\s*')
    .replace(/ /g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${words}(?![\\p{L}\\p{M}])`, 'giu');
  const out: Array<{ start: number; end: number }> = [];
  for (const m of article.mask.matchAll(re)) {
    if (m.index! >= before) break;
    if (kindOk(article, m.index!)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const WORD_BEFORE = /([\p{L}\p{M}]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}\p{M}]+)/u;

/** The lower-case words right before and after a span. */
function neighbours(article: Article, span: { start: number; end: number }): [string | null, string | null] {
  const b = WORD_BEFORE.exec(article.mask.slice(Math.max(0, span.start - 20), span.start));
  const a = WORD_AFTER.exec(article.mask.slice(span.end, span.end + 20));
  return [b ? b[1].toLocaleLowerCase('vi') : null, a ? a[1].toLocaleLowerCase('vi') : null];
}

/**
 * The meaning of a dictionary entry at this use: its only one; for an ambiguous one, the meaning a
 * preceding word settles, or the only meaning the article writes out — twice, or beside the same
 * word as the abbreviation ("Trường ĐH" and "Trường Đại học") — else null (offer each, prefer none).
 */
export function meaningAt(article: Article, use: AbbrUse, entry: DictionaryEntry): string | null {
  if (!entry.ambiguous) return entry.senses[0];
  const before = article.mask.slice(Math.max(0, use.start - 24), use.start).toLocaleLowerCase('vi');
  for (const c of entry.contexts) if (c.after.some((w) => new RegExp(`(?:^|[\\s(])${w}\\s+$`, 'u').test(before))) return c.sense;
  const written = entry.senses.map((s) => ({ sense: s, at: occurrences(article, s) })).filter((w) => w.at.length > 0);
  if (written.length !== 1) return null;
  const [{ sense, at }] = written;
  if (at.length >= 2) return sense;
  const [b, a] = neighbours(article, use);
  const [sb, sa] = neighbours(article, at[0]);
  return (b !== null && b === sb) || (a !== null && a === sa) ? sense : null;
}

/** The abbreviations written as a comma list with this use ("CB, ĐV"), in order. */
function listAround(article: Article, use: AbbrUse, uses: readonly AbbrUse[]): AbbrUse[] {
  const joined = (a: AbbrUse, b: AbbrUse) => a.block === b.block && /^,\s*$/.test(article.mask.slice(a.end, b.start));
  let from = uses.indexOf(use);
  let to = from;
  while (from > 0 && to - from < 3 && joined(uses[from - 1], uses[from])) from--;
  while (to + 1 < uses.length && to - from < 3 && joined(uses[to], uses[to + 1])) to++;
  return uses.slice(from, to + 1);
}

/** Whether a quotation is open at the end of `text` (curly quotes, or an odd count of straight ones). */
export function insideQuotation(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

/** A full form written as a phrase of its own: not quoted, not a piece of a longer name ("… bất động sản Trường Phát", "… Việt Nam (ACV)"). */
function standsAlone(article: Article, span: { start: number; end: number }): boolean {
  const block = article.blockAt(span.start)!;
  if (insideQuotation(article.mask.slice(block.start, span.start))) return false;
  return !/^\s*(?:\(|\p{Lu})/u.test(article.mask.slice(span.end, span.end + 3));
}

export interface EarlierFullForm {
  start: number;
  end: number;
  /** What goes in the parentheses: "CB, ĐV" or "UBND". */
  abbrs: string;
  sense: string;
}

/** Where the article writes the full form before the first use, if it does (see the module comment). */
export function fullFormBefore(
  article: Article,
  dictionary: AbbreviationDictionary,
  use: AbbrUse,
  uses: readonly AbbrUse[],
  sense: string | null,
): EarlierFullForm | null {
  const group = listAround(article, use, uses);
  if (group.length > 1) {
    const options = group.map((u) => (u === use && sense ? [sense] : (dictionary.lookup(u.abbr)?.senses ?? [])));
    if (options.every((o) => o.length > 0) && options.reduce((n, o) => n * o.length, 1) <= 27) {
      for (const combo of combinations(options)) {
        const found = occurrences(article, combo.join(', '), use.start).find((o) => standsAlone(article, o));
        if (found) return { ...found, abbrs: group.map((u) => u.abbr).join(', '), sense: combo[group.indexOf(use)] };
      }
    }
  }
  const found = sense ? occurrences(article, sense, use.start).find((o) => standsAlone(article, o)) : undefined;
  return found && sense ? { ...found, abbrs: use.abbr, sense } : null;
}

function combinations(options: string[][]): string[][] {
  return options.reduce<string[][]>((acc, o) => acc.flatMap((a) => o.map((x) => [...a, x])), [[]]);
}
