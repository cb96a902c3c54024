import { defineRule, replaceFix, RuleContext } from '../rule';
import { spellingView, contextOf, inCaseOf, inReduplicative, joined, opensSentence, repeated, SpellingView } from '../analysis/spelling';
import { markedFormsOf, decodeTelex, decodeVni, knownRetone } from '../text/suggest';
import { fit, isPairGap, supported, vouched } from '../text/spelling-context';

/** How much likelier (nats) the marked form must make the phrase than the bare word. */
const THETA = 5;
/** Margin over the next marked form for the fix to be applied without asking. */
const SURE = 3;
/** A bare syllable this common (in 11.6 M) is a word of its own, not a marked word stripped. */
const COMMON_BARE = 100;
/** A VNI key sequence: letters with a digit among them (vie65t, nguo72i). */
const VNI_TOKEN = /^[a-z]+[0-9][a-z0-9]*$/;

interface Choice {
  word: string;
  id: number;
  score: number;
}

export default defineRule({
  id: 'missing-marks',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Âm tiết bị thiếu dấu giữa cụm từ tiếng Việt: "tiếp tuc" → "tiếp tục", "phuc vụ" → "phục vụ"; hoặc còn phím Telex/VNI: "vieejt" → "việt".',
      en: 'A syllable left without its marks in a Vietnamese phrase: "tiếp tuc" → "tiếp tục", "phuc vụ" → "phục vụ"; or with Telex/VNI keys left in: "vieejt" → "việt".',
    },
    rationale: {
      vi: 'Một âm tiết gõ thiếu dấu (quên bật bộ gõ, sửa vội) giữa một cụm từ tiếng Việt: "tiếp tuc", "phuc vụ". Quy tắc tìm các âm tiết có dấu mà bỏ dấu thì thành đúng chữ ấy (tuc → tục, túc, tức…) và chọn âm tiết mà kho ngữ liệu báo chí cho thấy đi với các từ bên cạnh (src/data/spelling-model.md), khi cụm có dấu thông dụng còn cụm không dấu thì không. Từ còn phím Telex hay VNI (vieejt, vie65t) cũng được giải mã như bộ gõ sẽ làm. Chỉ xét từ đứng cạnh một từ tiếng Việt có dấu và không cạnh từ nước ngoài; bỏ qua từ không dấu là một âm tiết thông dụng (vua, bang, do), từ ngữ nước ngoài kho ngữ liệu hay gặp (top, video), từ viết hoa giữa câu, từ lặp lại trong bài, từ láy (kheo khéo) và từ nối bằng gạch nối (hat-trick). Với từ không dấu cũng là một âm tiết có thật, chỉ báo khi cụm có dấu là một từ ghép chắc chắn.',
      en: 'A syllable typed without its marks (the input method off, a hasty edit) inside a Vietnamese phrase: "tiếp tuc", "phuc vụ". The rule looks for the marked syllables that lose their marks to that word (tuc → tục, túc, tức…) and picks the one the news corpus shows next to the neighbouring words (src/data/spelling-model.md), when the marked phrase is common and the bare one is not. Words that still hold Telex or VNI keys (vieejt, vie65t) are decoded as the input method would have. Only a word next to a marked Vietnamese word and next to no foreign word is checked; a bare word that is a common syllable of its own (vua, bang, do), a foreign word the corpus writes often (top, video), a capitalised word inside a sentence, a word repeated in the article, a reduplicative (kheo khéo) and a hyphenated word (hat-trick) are left alone. When the bare word is a real syllable too, only a certain compound is reported.',
    },
    severity: 'warning',
    fixable: 'both',
    sources: ['src/data/spelling-model.md'],
    messages: {
      bare: { vi: '"{word}" thiếu dấu. Hãy viết "{fixed}".', en: '"{word}" lacks its marks. Write "{fixed}".' },
      keys: { vi: '"{word}" còn phím gõ Telex/VNI. Hãy viết "{fixed}".', en: '"{word}" still holds Telex/VNI keys. Write "{fixed}".' },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nTổng thống tiếp tục ⟦phuc⟧ vụ dân; họ tiếp ⟦tuc⟧ làm việc.',
          findings: ['bare', 'bare'],
          output: 'Tiêu đề\n\nTổng thống tiếp tục phục vụ dân; họ tiếp tục làm việc.',
        },
        {
          text: 'Tiêu đề\n\nNgười dân ⟦vieejt⟧ lắm; người ⟦vie65t⟧ nam.',
          findings: ['keys', 'keys'],
          output: 'Tiêu đề\n\nNgười dân việt lắm; người việt nam.',
        },
      ],
      valid: [
        {
          text: 'Tiêu đề\n\nVua Quang Trung lên ngôi; bang Texas rộng lớn; do mưa lớn, đường ngập. Cô ấy vào top 10, xem video trên YouTube và ghi hat-trick.',
        },
        { text: "Tiêu đề\n\nThe cap and trade scheme, Bitcoin, COVID19 và mẫu A4; xã Ea Súp, huyện Krông Pắc, tỉnh Đắk Lắk; làng K'Bang; dáng đi kheo khéo." },
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
      if (!w.ascii || w.lower.length < 2 || (w.capital && (w.nfc === w.nfc.toUpperCase() || !opensSentence(article, view, i)))) continue;
      const after = article.text.charCodeAt(w.end);
      if (after >= 0x30 && after <= 0x39) {
        checkVni(context, view, i);
        continue;
      }
      // A bare word that is a common syllable of its own (vua, bang, do) is that word.
      if (model.countAt(ids[i]) >= COMMON_BARE || model.isKnownWord(w.lower) || joined(article.text, w) || repeated(view, w)) continue;
      const { prev, next } = contextOf(article, view, i);
      if (!vietnamesePhrase(view, i, prev, next)) continue;
      const choices: Choice[] = markedFormsOf(model, w.lower).map((s) => {
        const id = model.id(s);
        return { word: s, id, score: fit(model, id, prev, next) };
      });
      // Telex keys: two at least, as one alone is common in English (see, how, was).
      const telex = decodeTelex(w.lower);
      const typed = telex && telex.keys >= 2 ? knownRetone(model, telex.bare, telex.tone) : null;
      if (typed) {
        const id = model.id(typed);
        choices.push({ word: typed, id, score: fit(model, id, prev, next) + 1 }); // the keys tell what was meant
      }
      report(context, view, i, choices, prev, next, typed);
    }
  },
});

/** One neighbour is a known syllable with Vietnamese marks and neither is a foreign word (cap and trade): the phrase is Vietnamese. */
function vietnamesePhrase(view: SpellingView, i: number, prev: number, next: number): boolean {
  const p = view.prev[i];
  const q = view.next[i];
  if ((p >= 0 && prev < 0 && !view.words[p].capital) || (q >= 0 && next < 0 && !view.words[q].capital)) return false;
  return (prev >= 0 && !view.words[p].ascii) || (next >= 0 && !view.words[q].ascii);
}

function report(context: RuleContext, view: SpellingView, i: number, choices: Choice[], prev: number, next: number, typed: string | null): void {
  const { model, words, ids } = view;
  const w = words[i];
  if (!choices.length) return;
  choices.sort((a, b) => b.score - a.score);
  const [best, second] = choices;
  // The bare word may be a syllable of its own (ban, dong): seen in this very place, it stands.
  if (supported(model, ids[i], prev, next)) return;
  if (best.score - fit(model, ids[i], prev, next) < THETA || !supported(model, best.id, prev, next)) return;
  // A bare syllable that is a word (xua, roi, phai nhòa) stands unless the marked form is vouched for; a word in a reduplicative pair (kheo khéo, ho he) stands.
  if (inReduplicative(view, i, best.id) || (ids[i] >= 0 && !vouched(model, best.id, prev, next))) return;
  const fixed = inCaseOf(w.nfc, best.word);
  const fix = replaceFix(w, fixed);
  const sure = !second || best.score - second.score >= SURE;
  context.report({
    start: w.start,
    end: w.end,
    messageId: best.word === typed ? 'keys' : 'bare',
    data: { word: w.text, fixed },
    ...(sure ? { fix } : { suggestions: [fix] }),
  });
}

/** A VNI key sequence is split by the word scan (vie, 65, t): read it whole from the text. */
function checkVni(context: RuleContext, view: SpellingView, i: number): void {
  const { article } = context;
  const { model, words, ids } = view;
  const w = words[i];
  let end = w.end;
  while (end < article.text.length && /[A-Za-z0-9]/.test(article.text[end])) end++;
  const token = article.text.slice(w.start, end);
  if (/[\p{L}\p{M}]/u.test(article.text[end] ?? '') || !VNI_TOKEN.test(token.toLowerCase())) return;
  const decoded = decodeVni(token.toLowerCase());
  const word = decoded && knownRetone(model, decoded.bare, decoded.tone);
  if (!word) return;
  const { prev } = contextOf(article, view, i);
  let k = i + 1;
  while (k < words.length && words[k].start < end) k++;
  const next = k < words.length && isPairGap(article.text, end, words[k].start) && !words[k].capital ? ids[k] : -1;
  const marked = (prev >= 0 && !words[view.prev[i]].ascii) || (next >= 0 && !words[k].ascii);
  if (!marked || !supported(model, model.id(word), prev, next)) return;
  const fixed = inCaseOf(token, word);
  context.report({ start: w.start, end, messageId: 'keys', data: { word: token, fixed }, fix: replaceFix({ start: w.start, end }, fixed) });
}
