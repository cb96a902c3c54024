import { defineRule, replaceFix, Report } from '../rule';
import type { Edit } from '../types';
import { applyEdits } from '../edits';
import { byBlock, syllableOf, wordsOf, Word, WordSet } from '../analysis/words';
import { isWordUnit } from '../text/chars';
import type { Article, Block } from '../article';
import { isSentenceStart } from '../analysis/sentences';
import { moveTone, parseSyllable, ParseResult, tonePosition } from '../text/syllable';
import { isUpper } from '../text/vietnamese';
import data from '../../data/institutions.json';

/** Lower case, tone marks in the new style: "Ủy" and "uỷ" compare equal. */
function fold(word: string, parsed?: ParseResult): string {
  const lower = word.toLowerCase();
  parsed ??= parseSyllable(lower);
  if (!parsed.ok || parsed.syllable.style !== 'old') return lower;
  return moveTone(lower, parsed.syllable.toneAt, tonePosition(parsed.syllable, 'new'), parsed.syllable.tone);
}

interface Name {
  words: string[];
  folded: string[];
  /** The word is part of a phrase outlets write either way (trung ương). */
  variant: boolean[];
  /** Also a common noun: not reported when written all in lower case (chính phủ Romania). */
  generic: boolean;
}

const VARIANTS = data.variant.map((v) => v.split(' ').map((w) => fold(w)));
const GENERIC = new Set(data.generic);
const COMPOUNDS = new Map(Object.entries(data.compounds as Record<string, string[]>).map(([k, v]) => [k, new Set(v)]));
const NAMES: Name[] = data.names
  .map((n) => {
    const words = n.match(/[\p{L}\p{M}]+/gu)!;
    const folded = words.map((w) => fold(w));
    const variant = folded.map(() => false);
    for (const phrase of VARIANTS)
      for (let i = 0; i + phrase.length <= folded.length; i++)
        if (phrase.every((p, k) => folded[i + k] === p)) phrase.forEach((_, k) => (variant[i + k] = true));
    return { words, folded, variant, generic: GENERIC.has(n) };
  })
  .sort((a, b) => b.words.length - a.words.length);
const BY_FIRST = new Map<string, Name[]>();
for (const n of NAMES) BY_FIRST.set(n.folded[0], [...(BY_FIRST.get(n.folded[0]) ?? []), n]);
/** First words of the names in lower case, both tone styles: most words are not, and need no folding. */
const FIRST_WORDS = new WordSet(
  data.names.flatMap((n) => {
    const first = n.split(' ')[0].toLowerCase();
    return [first, fold(first), first.replace('uỷ', 'ủy').replace('oà', 'òa')];
  }),
);

const ADMIN = /(Tỉnh|Huyện|Thị xã|Xã|Thị trấn|Thôn|Ấp|Quận|Phường)\s+(?=\p{Lu}[\p{Ll}\p{M}])/gu;
/** Streets named with an administrative noun. */
const STREETS = new Set(['Xã Đàn']);
/** Units often named after a person or an event (Quận Hai Bà Trưng, Phường Điện Biên Phủ): only a suggestion. */
const ADMIN_MAYBE = new Set(['Quận', 'Phường']);
/** An administrative noun before these is part of an organisation's name: "Tỉnh Đoàn", "Huyện Hội", "Tỉnh ủy". */
const ORG_AFTER = new Set(['Đoàn', 'Hội', 'ủy', 'Ủy', 'uỷ', 'Uỷ', 'Đội', 'đoàn', 'đội']);
/** Units named after people or events keep the capital (NĐ 30 III.1.b): a family name first, or a name known to be one. */
const PERSON_NAMED =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Hai Bà Trưng|Bà Triệu|Minh Khai|Quang Trung|Hàm Nghi|Duy Tân|Điện Biên|Đống Đa|Ba Đình|Bến Nghé|Lạc Long Quân|Hùng Vương)\b/u;
/** Function words that are not also syllables of names (Từ Liêm, Có, Đến are left out). */
const FUNCTION_WORDS = new Set(['Và', 'Của', 'Các', 'Cho', 'Với', 'Trong', 'Tại', 'Theo', 'Để', 'Những', 'Là', 'Được', 'Trên', 'Dưới']);

const setCase = (word: string, upper: boolean) => (upper ? word[0].toUpperCase() : word[0].toLowerCase()) + word.slice(1);

export default defineRule({
  id: 'capitalization',
  meta: {
    category: 'capitalization',
    scope: 'article',
    description: {
      vi: 'Viết hoa theo Nghị định 30: tên cơ quan (Ủy ban nhân dân, Ban Bí thư, Bộ Tài nguyên và Môi trường), danh từ hành chính (tỉnh Nam Định nhưng Quận 1), không viết hoa mọi chữ giữa câu, đầu câu viết hoa.',
      en: 'Capitalisation per Decree 30: names of bodies (Ủy ban nhân dân, Ban Bí thư, Bộ Tài nguyên và Môi trường), administrative nouns (tỉnh Nam Định but Quận 1), no Title Case mid-sentence, a capital at the start of a sentence.',
    },
    rationale: {
      vi: 'NĐ 30/2020 Phụ lục II: viết hoa chữ đầu các từ chỉ loại hình và chức năng của cơ quan ("Bộ Tài nguyên và Môi trường", "Hội đồng nhân dân"); danh từ chung chỉ đơn vị hành chính viết thường ("tỉnh Nam Định") trừ khi đơn vị mang tên số ("Quận 1"); chữ đầu câu viết hoa. Tiếng Việt không viết hoa mọi chữ như tiếng Anh ("Bộ Giáo Dục Và Đào Tạo" là sai). Tên cơ quan so theo danh sách (src/data/institutions.json); "Trung ương"/"trung ương" khác nhau giữa các báo nên chỉ gợi ý. Quận, phường có thể mang tên người hay sự kiện (Quận Hai Bà Trưng) nên cũng chỉ gợi ý. "Đảng" và "tổ chức đảng", "Tỉnh ủy" giữa câu là đúng.',
      en: 'Decree 30/2020 Appendix II: capitalise the words naming the type and function of a body ("Bộ Tài nguyên và Môi trường", "Hội đồng nhân dân"); administrative common nouns stay lower case ("tỉnh Nam Định") unless the unit is named by a number ("Quận 1"); a sentence starts with a capital. Vietnamese has no English Title Case ("Bộ Giáo Dục Và Đào Tạo" is wrong). Bodies are compared with a list (src/data/institutions.json); "Trung ương"/"trung ương" differs between outlets, so it is only a suggestion. Districts and wards may be named after a person or an event (Quận Hai Bà Trưng), so also only a suggestion. "Đảng" and "tổ chức đảng", "Tỉnh ủy" mid-sentence are right.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §3.1', 'reference §3.3 CAP-1, CAP-2, CAP-3, CAP-4'],
    messages: {
      name: { vi: 'Tên cơ quan viết hoa theo Nghị định 30: "{fixed}".', en: 'Name of a body, capitalised per Decree 30: "{fixed}".' },
      admin: {
        vi: '"{noun}" là danh từ chung chỉ đơn vị hành chính, viết thường giữa câu: "{fixed}".',
        en: '"{noun}" is an administrative common noun, lower case mid-sentence: "{fixed}".',
      },
      titleCase: {
        vi: 'Viết hoa mọi chữ giữa câu ("{text}"): tiếng Việt chỉ viết hoa tên riêng.',
        en: 'Title Case mid-sentence ("{text}"): Vietnamese capitalises names only.',
      },
      sentence: { vi: 'Đầu câu viết hoa: "{fixed}".', en: 'A sentence starts with a capital: "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nHọp ⟦ủy ban nhân dân⟧ xã và ⟦Ban bí thư⟧.',
          findings: ['name', 'name'],
          output: 'Tiêu đề\n\nHọp Ủy ban nhân dân xã và Ban Bí thư.',
        },
        { text: 'Tiêu đề\n\nĐoàn về ⟦Tỉnh⟧ Nam Định và Quận 1.', findings: ['admin'], output: 'Tiêu đề\n\nĐoàn về tỉnh Nam Định và Quận 1.' },
        {
          text: 'Tiêu đề\n\nTheo ⟦Quy Trình Phát Triển Của Sản Phẩm⟧ mới.',
          findings: ['titleCase'],
          output: 'Tiêu đề\n\nTheo Quy Trình Phát Triển Của Sản Phẩm mới.',
        },
        { text: 'Tiêu đề\n\nHội nghị đã kết thúc. ⟦sau⟧ đó đoàn về.', findings: ['sentence'], output: 'Tiêu đề\n\nHội nghị đã kết thúc. Sau đó đoàn về.' },
        {
          text: 'Tiêu đề\n\nTheo Ban Tổ chức ⟦trung ương⟧.',
          findings: ['name'],
          output: 'Tiêu đề\n\nTheo Ban Tổ chức trung ương.',
          fixes: ['Tiêu đề\n\nTheo Ban Tổ chức Trung ương.'],
          preferred: null,
        },
        {
          text: 'Tiêu đề\n\nĐại diện Tổ chức Y tế ⟦Thế giới⟧ (WHO) phát biểu.',
          findings: ['name'],
          output: 'Tiêu đề\n\nĐại diện Tổ chức Y tế Thế giới (WHO) phát biểu.',
          fixes: ['Tiêu đề\n\nĐại diện Tổ chức Y tế thế giới (WHO) phát biểu.'],
          preferred: null,
        },
        {
          text: 'Tiêu đề\n\nChuyển sang ⟦Bộ Lao động - Thương binh và xã hội⟧; hôm nay ⟦Quốc Hội⟧ họp.',
          findings: ['name', 'name'],
          output: 'Tiêu đề\n\nChuyển sang Bộ Lao động - Thương binh và Xã hội; hôm nay Quốc hội họp.',
        },
      ],
      valid: [
        // Organisations named with an administrative noun, a compound before a body's name, units named after people,
        // a degree with dots, a brand with "!".
        {
          text: 'Tiêu đề\n\nĐại diện Tỉnh Đoàn Thái Nguyên và các phái bộ ngoại giao dự, ở Quận Hai Bà Trưng và Phường Minh Khai. Ông có bằng Ph.D. lên làm giám đốc; Yahoo! nâng cấp dịch vụ.',
        },
        {
          text: 'Tiêu đề\n\nXây dựng Đảng, Đảng ủy xã và tổ chức đảng; Tỉnh ủy ban hành; Ban Bí thư và Ban Tổ chức Trung ương; xã An Nhơn, Chi bộ ấp An Bình.',
        },
        { text: 'Tiêu đề\n\nÔng Nguyễn Văn An ở Bà Rịa - Vũng Tàu. TP.HCM đẹp. Sau đó… và rồi v.v. còn nữa.' },
        { text: 'Tiêu đề\n\nUỷ ban nhân dân tỉnh và Hội đồng nhân dân.' },
        // Traps from the corpus: a generic noun, compounds, a person's name, a street, initials, a quoted exclamation.
        {
          text: 'Tiêu đề\n\nChính phủ Romania và quốc hội Anh; cơ sở y tế, cán bộ Công an; ông Nguyễn Quốc Hội ở số 209 Xã Đàn; thủ tướng Nhật Bản Shinzo Abe.',
        },
        { text: 'Tiêu đề\n\nNgười điều khiển hô "Go, Chicken Go!" là chiến binh lao lên. Anh Th. đã về; mẫu xe 3v I.E. bán chạy; ông Gamez Jr. cho biết.' },
        {
          text: 'Tiêu đề\n\nCác phố Trần Nhân Tông, Xã Đàn đông khách. Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn Hải phát biểu. Ứng dụng…. cũng không hiệu quả.\nvBloc mang lại hi vọng.',
        },
        // Lookalike letters at a sentence start are homoglyph's business.
        { text: 'Tiêu đề\n\nHội nghị kết thúc. ɦọ ra về.' },
        { text: 'Cũng giống như\ndòng xe mới\n, chiếc xe này…' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const reports: Report[] = [];
    const words = wordsOf(article);
    const claimed: Array<[number, number]> = [];
    // Each check is its own small function: the hot loops stay small, and their rare branches
    // do not hold back their optimisation.
    for (const ws of byBlock(words)) {
      const block = ws[0].block;
      if (block.kind === 'byline' || block.kind === 'residue') continue;
      if (!/\p{Ll}/u.test(article.mask.slice(block.start, block.end))) continue; // a line in capitals
      bodyNames(article, ws, claimed, reports);
      if (block.kind !== 'title' && block.kind !== 'heading') titleCaseRuns(article, ws, claimed, reports);
      if (block.kind === 'lead' || block.kind === 'paragraph') sentenceStarts(article, block, ws, reports);
    }
    adminNouns(article, claimed, reports);
    reports.sort((a, b) => a.start - b.start).forEach((r) => context.report(r));
  },
});

type Claimed = Array<[number, number]>;

/** (a) Names of bodies: "ủy ban nhân dân" → "Ủy ban nhân dân". */
function bodyNames(article: Article, ws: Word[], claimed: Claimed, reports: Report[]): void {
  const folded: string[] = [];
  const foldedAt = (k: number) => (folded[k] ??= fold(ws[k].lower, syllableOf(ws[k])));
  for (let i = 0; i < ws.length; i++) {
    if (!FIRST_WORDS.has(ws[i].lower)) continue;
    i += matchName(article, ws, i, foldedAt, claimed, reports);
  }
}

/** The name starting at word `i`, reported if miscapitalised; returns the words it spans, less one. */
function matchName(article: Article, ws: Word[], i: number, foldedAt: (k: number) => string, claimed: Claimed, reports: Report[]): number {
  const candidates = BY_FIRST.get(foldedAt(i));
  if (!candidates) return 0;
  const prev = i > 0 && /^[ \u00a0]+$/.test(article.text.slice(ws[i - 1].end, ws[i].start)) ? ws[i - 1] : null;
  if (prev && COMPOUNDS.get(ws[i].lower)?.has(prev.lower)) return 0; // cơ sở y tế, cán bộ Công an
  if (prev?.capital && !isSentenceStart(article, prev.start)) return 0; // part of another name: Nguyễn Quốc Hội, Nhật Bản
  for (const name of candidates) {
    const n = name.words.length;
    if (i + n > ws.length) continue;
    let k = 1;
    while (k < n && foldedAt(i + k) === name.folded[k] && /^[\s,\-–]*$/.test(article.text.slice(ws[i + k - 1].end, ws[i + k].start))) k++;
    if (k < n) continue;
    claimed.push([ws[i].start, ws[i + n - 1].end]);
    reportName(article, ws.slice(i, i + n), name, reports);
    return n - 1;
  }
  return 0;
}

function reportName(article: Article, run: Word[], name: Name, reports: Report[]): void {
  if (name.generic && run.every((w) => !w.capital)) return; // chính phủ Romania
  const edits: Edit[] = [];
  let onlyVariant = true;
  let k0 = -1;
  for (let k = 0; k < run.length; k++) {
    const w = run[k];
    const want = isUpper(name.words[k][0]);
    if (isUpper(w.nfc[0]) === want) continue;
    if (k === 0 && !want && isSentenceStart(article, w.start)) continue;
    edits.push({ start: w.start, end: w.start + 1, text: setCase(w.text, want)[0] });
    if (k0 < 0) k0 = k;
    if (!name.variant[k]) onlyVariant = false;
  }
  if (!edits.length) return;
  const fixed = applyEdits(
    article.text.slice(run[0].start, run[run.length - 1].end),
    edits.map((e) => ({ ...e, start: e.start - run[0].start, end: e.end - run[0].start })),
  );
  // A variant difference is reported on the variant words ("trung ương"), anything else on the whole name.
  let k1 = k0;
  while (onlyVariant && k1 + 1 < run.length && name.variant[k1 + 1]) k1++;
  const first = onlyVariant ? run[k0].start : run[0].start;
  const last = onlyVariant ? run[k1].end : run[run.length - 1].end;
  const fix = { messageId: 'fix', data: { fixed }, edits };
  reports.push({ start: first, end: last, messageId: 'name', data: { fixed }, ...(onlyVariant ? { suggestions: [fix], demote: 'info' as const } : { fix }) });
}

/** (c) Title Case mid-sentence: a run of capitalised words with a capitalised function word in it. */
function titleCaseRuns(article: Article, ws: Word[], claimed: Claimed, reports: Report[]): void {
  for (let i = 0; i < ws.length;) {
    if (!ws[i].capital) {
      i++;
      continue;
    }
    let j = i;
    while (
      j < ws.length &&
      ws[j].capital &&
      ws[j].nfc.slice(1) === ws[j].lower.slice(1) &&
      (j === i || /^\s+$/.test(article.text.slice(ws[j - 1].end, ws[j].start)))
    )
      j++;
    if (j - i >= 4) titleCaseRun(article, ws.slice(i, j), claimed, reports);
    i = Math.max(j, i + 1);
  }
}

function titleCaseRun(article: Article, run: Word[], claimed: Claimed, reports: Report[]): void {
  if (isSentenceStart(article, run[0].start)) run.shift(); // the capital of the sentence itself
  if (run.length < 4 || !run.slice(1, -1).some((w) => FUNCTION_WORDS.has(w.nfc))) return;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  if (!claimed.some(([s, e]) => start < e && s < end)) reports.push({ start, end, messageId: 'titleCase', data: { text: article.text.slice(start, end) } });
}

/** The article's block before `block`, residue skipped (blocks are sorted by start: a binary search, not a scan per block). */
function blockBefore(blocks: readonly Block[], block: Block): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start < block.start) lo = mid;
    else hi = mid - 1;
  }
  // Web residue between them is no part of the article (its fix removes it).
  while (lo > 0 && blocks[lo].kind === 'residue') lo--;
  return blocks[lo].start < block.start && blocks[lo].kind !== 'residue' ? blocks[lo] : undefined;
}

/** (d) A sentence that starts with a lower-case letter. */
function sentenceStarts(article: Article, block: Block, ws: Word[], reports: Report[]): void {
  const mask = article.mask;
  for (const w of ws) {
    if (w.capital) continue;
    if (w.start === block.start) {
      const prev = blockBefore(article.blocks, block);
      if (prev && /[.!?]["”’)]?$/u.test(mask.slice(prev.start, prev.end))) reportSentence(w, reports);
      continue;
    }
    // Cheap tests first: most words follow a letter and a space.
    let p = w.start - 1;
    while (p >= block.start && (mask.charCodeAt(p) === 0x20 || mask.charCodeAt(p) === 0xa0)) p--;
    if (p === w.start - 1 || p < block.start) continue; // no space before: inside a token
    const c = mask.charCodeAt(p);
    const q = c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 ? p - 1 : p; // after ." .” .’ .)
    const end = mask.charCodeAt(q);
    if (end !== 0x2e && end !== 0x21 && end !== 0x3f) continue; // . ! ?
    if (q !== p && end !== 0x2e) continue; // a quoted exclamation or question inside the sentence: hô "Go!" là…
    if (end === 0x21 && /(?:^|\s)\p{Lu}[A-Za-z]+$/u.test(mask.slice(Math.max(block.start, q - 12), q))) continue; // a brand with "!": Yahoo! nâng cấp
    if (end === 0x2e && (mask.charCodeAt(q - 1) === 0x2e || mask.charCodeAt(q - 1) === 0x2026)) continue; // "…." and ".." do not end a sentence for sure
    if (!isSentenceStart(article, w.start)) continue;
    reportSentence(w, reports);
  }
}

function reportSentence(w: Word, reports: Report[]): void {
  if (w.lower[0] === w.lower[0].toUpperCase()) return; // not a cased letter
  if (w.nfc !== w.lower) return; // a brand with inner capitals: vBloc, iPhone
  const r = syllableOf(w);
  if (!w.ascii && !r.ok && r.problem === 'not-letters') return; // a foreign word, or lookalike letters (homoglyph)
  const fixed = setCase(w.text, true);
  reports.push({
    start: w.start,
    end: w.end,
    messageId: 'sentence',
    data: { fixed },
    fix: replaceFix({ start: w.start, end: w.start + 1 }, fixed[0], { messageId: 'fix', data: { fixed } }),
  });
}

/** (b) Administrative common nouns mid-sentence: "Tỉnh Nam Định" → "tỉnh Nam Định". */
function adminNouns(article: Article, claimed: Claimed, reports: Report[]): void {
  for (const block of article.blocks) {
    if (block.kind === 'residue' || block.kind === 'byline' || block.kind === 'title') continue;
    const text = article.mask.slice(block.start, block.end);
    if (!/\p{Ll}/u.test(text)) continue;
    for (const m of text.matchAll(ADMIN)) {
      if (m.index! > 0 && isWordUnit(text.charCodeAt(m.index! - 1))) continue; // inside a word
      const start = block.start + m.index!;
      if (isSentenceStart(article, start) || claimed.some(([s, e]) => start >= s && start < e)) continue;
      // After a house number or inside a longer name it is a street or a name: 209 Xã Đàn, Tây Xã Đàn.
      const before = /(\d+|\p{Lu}[\p{Ll}\p{M}]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.index! - 16), m.index!));
      if (before && (/\d/.test(before[1]) || !isSentenceStart(article, start - before[0].length))) continue;
      if (STREETS.has(`${m[1]} ${/^\S+/.exec(text.slice(m.index! + m[0].length))![0].replace(/[,.;:)]+$/, '')}`)) continue;
      const noun = m[1];
      const name = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){0,3}/u.exec(text.slice(m.index! + m[0].length))?.[0] ?? '';
      if (ORG_AFTER.has(name.split(/[ \u00a0]/)[0]) || (ADMIN_MAYBE.has(noun) && PERSON_NAMED.test(name))) continue;
      const fixed = noun[0].toLowerCase() + noun.slice(1);
      const fix = replaceFix({ start, end: start + 1 }, fixed[0], { messageId: 'fix', data: { fixed } });
      reports.push({
        start,
        end: start + noun.length,
        messageId: 'admin',
        data: { noun, fixed: `${fixed} ${name}` },
        ...(ADMIN_MAYBE.has(noun) ? { suggestions: [fix], demote: 'info' as const } : { fix }),
      });
    }
  }
}
