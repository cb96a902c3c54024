import { defineRule } from '../rule';
import { spellingView, contextOf, inCaseOf } from '../analysis/spelling';
import { isSentenceStart } from '../analysis/sentences';
import { confusionsOf, Candidate, Slip } from '../text/suggest';
import { fit, supported } from '../text/spelling-context';
import { NAME_BIT, SpellingModel } from '../text/spelling-model';

/** How much likelier (nats) the phrase must be with the other syllable, both neighbours known… */
const THETA = 5;
/** …and this much more with one neighbour only (a comma or a name on the other side). */
const ONE_SIDED = 2;
/** Margin over the next best (the word itself included) for the fix to be applied without asking. */
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
 * A warning needs more (on news, the other findings are right about two times in three): a certain
 * fix, the other syllable seen with both neighbours, one of them a compound with it (Dice coefficient
 * 2·n(a b) / (n(a) + n(b)) at least BOND: hồ sơ, bao gồm, lựa chọn), and a gain of WARN_GAIN nats.
 */
const BOND = 0.075;
const WARN_GAIN = 6;

interface Verdict {
  best: Candidate;
  sure: boolean;
  /** Strong enough for a warning; otherwise a hint (info). */
  strong: boolean;
}

/** Confusion candidates of each syllable id that are common enough to suggest, computed once per model. */
const candidates = new WeakMap<SpellingModel, Array<Candidate[] | undefined>>();
/** Verdicts by (previous, syllable, next) ids: an editor re-lints the same phrases on every keystroke. */
const verdicts = new WeakMap<SpellingModel, Map<number, Verdict | null>>();
const VERDICTS_KEPT = 1 << 15;

/** The syllable `s` between `prev` and `next` (ids, -1 for none): the likelier confusion, if far likelier. */
function judge(model: SpellingModel, s: number, prev: number, next: number): Verdict | null {
  let memo = verdicts.get(model);
  if (!memo) verdicts.set(model, (memo = new Map()));
  const key = ((prev + 1) * 16384 + (s + 1)) * 16384 + (next + 1);
  let verdict = memo.get(key);
  if (verdict === undefined) {
    if (memo.size >= VERDICTS_KEPT) memo.clear();
    memo.set(key, (verdict = weigh(model, s, prev, next)));
  }
  return verdict;
}

function weigh(model: SpellingModel, s: number, prev: number, next: number): Verdict | null {
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
  const sure = bestScore - second >= SURE;
  const dice = (a: number, b: number) => (a < 0 || b < 0 ? 0 : (2 * model.pairAt(a, b)) / (model.countAt(a) + model.countAt(b)));
  const bond = Math.max(dice(prev, best.id), dice(best.id, next));
  const both = model.pairAt(prev, best.id) > 0 && model.pairAt(best.id, next) > 0;
  return { best, sure, strong: sure && both && bond >= BOND && bestScore - base >= WARN_GAIN };
}

export default defineRule({
  id: 'confused-words',
  meta: {
    category: 'spelling',
    description: {
      vi: 'Âm tiết đúng chính tả nhưng sai trong ngữ cảnh: "sưng hô" → "xưng hô", "tầu ngầm" → "tàu ngầm", "trì hoản" → "trì hoãn".',
      en: 'A real syllable that is wrong in its context: "sưng hô" → "xưng hô", "tầu ngầm" → "tàu ngầm", "trì hoản" → "trì hoãn".',
    },
    rationale: { vi: '', en: '' },
    severity: 'warning',
    fixable: 'both',
    sources: ['reference §7.2'],
    messages: {
      confused: { vi: '"{word}" có lẽ là "{fixed}" trong ngữ cảnh này.', en: '"{word}" is probably "{fixed}" in this context.' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: { invalid: [], valid: [] },
  },
  check(context) {
    const { article } = context;
    const view = spellingView(article);
    if (!view) return;
    const { model, words, ids } = view;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const s = ids[i];
      if (s < 0 || w.ascii || (w.capital && !isSentenceStart(article, w.start))) continue;
      let { prev, next } = contextOf(article, view, i);
      if (next & NAME_BIT) next = -1; // a sentence opening before a name: no context
      if (prev < 0 && next < 0) continue;
      // Seen in the corpus with both neighbours: that is the word (and most words are).
      if (model.pairAt(prev, s) > 0 && model.pairAt(s, next) > 0) continue;
      const verdict = judge(model, s, prev, next);
      if (!verdict) continue;
      const fixed = inCaseOf(w.nfc, verdict.best.word);
      const fix = { messageId: 'fix', data: { fixed }, edits: [{ start: w.start, end: w.end, text: fixed }] };
      context.report({ start: w.start, end: w.end, messageId: 'confused', data: { word: w.text, fixed }, ...(verdict.sure ? { fix } : { suggestions: [fix] }), ...(verdict.strong ? {} : { demote: 'info' as const }) });
    }
  },
});
