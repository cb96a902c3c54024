import { defineRule, replaceFix } from '../rule';
import { spellingView, contextOf, inCaseOf, opensSentence } from '../analysis/spelling';
import { confusionsOf, Candidate, Slip } from '../text/suggest';
import { COMPOUND, dice, fit, fitLeft, fitRight, supported } from '../text/spelling-context';
import { NAME_BIT, SpellingModel } from '../text/spelling-model';

/** How much likelier (nats) the phrase must be with the other syllable, both neighbours known… */
const THETA = 5;
/** …and this much more with one neighbour only (a comma or a name on the other side). */
const ONE_SIDED = 2;
/** Margin over the next best (the word itself included) for the fix to be applied without asking (with the rest below). */
const SURE = 6;
/** Only syllables this common (per 11.6 M) are offered in place of another. */
const MIN_COUNT = 20;
/**
 * Between two real syllables, a wrong tone other than hỏi/ngã is rarely a writer's confusion and often
 * a different word the corpus is too small to know in that place; i/y pairs (lí/lý, kì/kỳ) are two
 * accepted spellings. Both need more evidence than the slip's cost as a typo.
 */
const EXTRA: Partial<Record<Slip, number>> = { tone: 2, 'i-y': 4 };
/*
 * A warning needs more (on news, the hints are right about one time in five): a certain fix, the
 * other syllable seen with both neighbours and fitting each side better by a nat at least, a compound
 * with one of them (Dice coefficient at least COMPOUND: hồ sơ, bao gồm, lựa chọn) in whose place the
 * word as written was never seen, and a gain of WARN_GAIN nats.
 */
const WARN_GAIN = 6;

interface Verdict {
  best: Candidate;
  /** Strong enough for a warning and a fix applied without asking; otherwise a hint (info) and a suggestion. */
  strong: boolean;
}

/** Confusion candidates of each syllable id that are common enough to suggest, computed once per model. */
const candidates = new WeakMap<SpellingModel, Array<Candidate[] | undefined>>();
/**
 * Verdicts by (previous, syllable, next) ids in a two-way cache (a triple may sit in either of two
 * slots; a new one takes an empty one, else either in turn): an editor re-lints the same phrases on
 * every keystroke.
 */
const SLOTS = 1 << 16;
interface Memo {
  model: SpellingModel;
  /** Which of the two slots a new triple takes next. */
  turn: number;
  keys: Int32Array;
  verdicts: Array<Verdict | null>;
}
let memo: Memo | undefined;

/** The syllable `s` between `prev` and `next` (ids, -1 for none): the likelier confusion, if far likelier. */
function judge(model: SpellingModel, s: number, prev: number, next: number): Verdict | null {
  if (memo?.model !== model) memo = { model, turn: 0, keys: new Int32Array(3 * SLOTS).fill(-2), verdicts: new Array<Verdict | null>(SLOTS).fill(null) };
  const { keys, verdicts } = memo;
  const h = Math.imul(prev + 1, 0x9e3779b1) ^ Math.imul(s + 1, 0x85ebca6b) ^ Math.imul(next + 1, 0xc2b2ae35);
  const a = h >>> 16;
  const b = (h & 0xffff) ^ 0x5555;
  if (keys[3 * a] === prev && keys[3 * a + 1] === s && keys[3 * a + 2] === next) return verdicts[a];
  if (keys[3 * b] === prev && keys[3 * b + 1] === s && keys[3 * b + 2] === next) return verdicts[b];
  const slot = keys[3 * a + 1] === -2 ? a : keys[3 * b + 1] === -2 ? b : memo.turn++ & 1 ? b : a; // an empty slot first
  const at = 3 * slot;
  keys[at] = prev;
  keys[at + 1] = s;
  keys[at + 2] = next;
  return (verdicts[slot] = weigh(model, s, prev, next));
}

function weigh(model: SpellingModel, s: number, prev: number, next: number): Verdict | null {
  // Seen in the corpus with both neighbours: that is the word (and most words are).
  if (model.pairAt(prev, s) > 0 && model.pairAt(s, next) > 0) return null;
  let byId = candidates.get(model);
  if (!byId) candidates.set(model, (byId = []));
  const cands = (byId[s] ??= confusionsOf(model, model.syllable(s)).filter((x) => model.countAt(x.id) >= MIN_COUNT));
  if (!cands.length) return null;
  const base = fit(model, s, prev, next);
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let second = base;
  for (const c of cands) {
    const score = fit(model, c.id, prev, next) - c.cost - (EXTRA[c.slip] ?? 0);
    if (score > bestScore) {
      second = Math.max(second, bestScore);
      bestScore = score;
      best = c;
    } else second = Math.max(second, score);
  }
  if (!best || bestScore - base < THETA + (prev >= 0 && next >= 0 ? 0 : ONE_SIDED) || !supported(model, best.id, prev, next)) return null;
  // Each side must welcome the other syllable (a nat of slack; a warning needs a nat better on each).
  const side = Math.min(
    prev >= 0 ? fitLeft(model, best.id, prev) - fitLeft(model, s, prev) : Infinity,
    next >= 0 ? fitRight(model, best.id, next) - fitRight(model, s, next) : Infinity,
  );
  if (side < -1) return null; // the other syllable fits one side clearly worse
  const sure = bestScore - second >= SURE;
  // The compound: the side where the other syllable binds best; the word as written must never be seen there
  // (cái kết quá đắng: "kết quá" is seen, so "kết quả" is no certainty).
  const left = dice(model, prev, best.id);
  const right = dice(model, best.id, next);
  const unseenThere = left >= right ? model.pairAt(prev, s) === 0 : model.pairAt(s, next) === 0;
  const both = model.pairAt(prev, best.id) > 0 && model.pairAt(best.id, next) > 0;
  return { best, strong: sure && both && side >= 1 && Math.max(left, right) >= COMPOUND && unseenThere && bestScore - base >= WARN_GAIN };
}

export default defineRule<{ hints: boolean }>({
  id: 'confused-words',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Âm tiết đúng chính tả nhưng sai trong ngữ cảnh: "sưng hô" → "xưng hô", "tầu ngầm" → "tàu ngầm", "bệnh nhận" → "bệnh nhân".',
      en: 'A real syllable that is wrong in its context: "sưng hô" → "xưng hô", "tầu ngầm" → "tàu ngầm", "bệnh nhận" → "bệnh nhân".',
    },
    rationale: {
      vi: 'Phần lớn lỗi chính tả của người viết tiếng Việt vẫn là âm tiết có thật: nhầm s/x, ch/tr, d/gi/r, l/n, d/đ, dấu hỏi/ngã, i/y, dấu mũ, âm cuối n/ng, t/c, hay gõ nhầm dấu thanh. Kiểm tra từng âm tiết không bắt được các lỗi này; quy tắc so âm tiết với các âm tiết dễ nhầm với nó trong chính chỗ nó đứng, bằng số lần mỗi cặp âm tiết liền nhau xuất hiện trong 11,6 triệu âm tiết báo chí (src/data/spelling-model.md). Chỉ báo khi âm tiết kia làm cụm từ có khả năng cao hơn rất nhiều (gấp e⁵ ≈ 150 lần, và hơn nữa khi chỉ biết một bên). Cảnh báo chỉ khi chắc chắn: âm tiết kia đi với cả hai từ bên cạnh trong kho ngữ liệu và là một từ ghép với một trong hai (hồ sơ, bao gồm, bệnh nhân); các trường hợp khác là gợi ý (info) để người biên tập xem lại. Tên riêng viết hoa không được xét và không làm ngữ cảnh; cặp i/y (lí/lý) là hai cách viết được chấp nhận nên cần bằng chứng mạnh hơn.',
      en: 'Most of the spelling mistakes Vietnamese writers make are still real syllables: s/x, ch/tr, d/gi/r, l/n, d/đ, hỏi/ngã, i/y, a vowel mark, a final n/ng or t/c, a wrong tone key. Checking each syllable alone cannot catch them; the rule weighs the syllable against those it is confused with, in the very place it stands, by how often each pair of adjacent syllables occurs in 11.6 million syllables of news (src/data/spelling-model.md). It reports only when the other syllable makes the phrase far likelier (e⁵ ≈ 150 times, more when only one neighbour is known). A warning only when certain: the other syllable is seen with both neighbours and forms a compound with one of them (hồ sơ, bao gồm, bệnh nhân); otherwise a hint (info) for the editor to check. Capitalised names are not checked and give no context; i/y pairs (lí/lý) are two accepted spellings and need stronger evidence.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.2', 'src/data/spelling-model.md'],
    messages: {
      confused: { vi: '"{word}" có lẽ là "{fixed}" trong ngữ cảnh này.', en: '"{word}" is probably "{fixed}" in this context.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    options: {
      hints: {
        type: 'boolean',
        default: false,
        description: {
          vi: 'Báo cả gợi ý (mức thông tin) khi không chắc chắn: bắt được nhiều lỗi hơn, nhưng trên bài báo phần lớn gợi ý là sai (đo trên kho bài thật). Mặc định tắt.',
          en: 'Also report hints (info) when unsure: more mistakes caught, but on news articles most hints are wrong (measured on real articles). Off by default.',
        },
      },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nNhững bệnh ⟦nhận⟧ này cần tái khám; hồ ⟦sợ⟧ vụ việc đã được chuyển.',
          findings: ['confused', 'confused'],
          output: 'Tiêu đề\n\nNhững bệnh nhân này cần tái khám; hồ sơ vụ việc đã được chuyển.',
        },
        // The first a warning with its fix; the second a hint (info) whose fix is only offered: xưng hô is too weak a compound to be sure.
        {
          text: 'Tiêu đề\n\nHải quân điều thêm một ⟦tầu⟧ ngầm; cách ⟦sưng⟧ hô trong nhà đã khác.',
          config: { options: { hints: true } },
          findings: ['confused', 'confused'],
          output: 'Tiêu đề\n\nHải quân điều thêm một tàu ngầm; cách sưng hô trong nhà đã khác.',
        },
        {
          text: 'Tiêu đề\n\nCách ⟦sưng⟧ hô trong nhà đã khác.',
          config: { options: { hints: true } },
          findings: ['confused'],
          output: 'Tiêu đề\n\nCách sưng hô trong nhà đã khác.',
          fixes: ['Tiêu đề\n\nCách xưng hô trong nhà đã khác.'],
          preferred: null,
        },
        // Not certain: offered, never applied by --fix.
        {
          text: 'Tiêu đề\n\nBác sĩ kê thuốc ⟦dãn⟧ mạch cho ông.',
          config: { options: { hints: true } },
          findings: ['confused'],
          output: 'Tiêu đề\n\nBác sĩ kê thuốc dãn mạch cho ông.',
          fixes: ['Tiêu đề\n\nBác sĩ kê thuốc giãn mạch cho ông.'],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nHai tên bắt cóc đã bị bắt; chúng được áp giải về đồn. Anh ấy chưa dứt hẳn thói quen cũ.' },
        // Names, highland place names, abbreviations, loans, reduplicatives.
        { text: "Tiêu đề\n\nÔng Trần Văn Sưng, Chủ tịch UBND xã, đến Đắk Lắk, Krông Pắc, Ea Súp và K'Bang; mưa lâm thâm, gió thổi vi vu, tivi bật suốt." },
      ],
    },
  },
  check(context) {
    const { article } = context;
    const view = spellingView(article);
    if (!view) return;
    const { model, words, ids } = view;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const s = ids[i];
      if (s < 0 || w.ascii || (w.capital && !opensSentence(article, view, i))) continue;
      const around = contextOf(article, view, i);
      const prev = around.prev;
      const next = around.next & NAME_BIT ? -1 : around.next; // a sentence opening before a name: no context
      if (prev < 0 && next < 0) continue;
      const verdict = judge(model, s, prev, next);
      if (!verdict || (!verdict.strong && !context.options.hints)) continue; // a hint only when asked for
      const fixed = inCaseOf(w.nfc, verdict.best.word);
      const fix = replaceFix(w, fixed);
      context.report({
        start: w.start,
        end: w.end,
        messageId: 'confused',
        data: { word: w.text, fixed },
        ...(verdict.strong ? { fix } : { suggestions: [fix], demote: 'info' as const }),
      });
    }
  },
});
