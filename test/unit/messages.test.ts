/**
 * Message data worded per language: a placeholder's value may be `{ vi, en }` and each language's
 * message takes its own wording (no `…En` keys). Every message that takes such a value is shown
 * here in both languages, word for word, with its fix title.
 */
import * as assert from 'node:assert/strict';
import { RULES } from '../../src/core/rules';
import { lint } from '../../src/core/engine';
import { resolveConfig, UserConfig } from '../../src/core/config';
import { formatMessage } from '../../src/core/rule';
import type { Lang } from '../../src/core/types';
import { TODAY, parseMarked } from './helpers';

interface Case {
  rule: string;
  text: string;
  config?: UserConfig;
  vi: [message: string, fix?: string];
  en: [message: string, fix?: string];
}

const CASES: Case[] = [
  {
    rule: 'date-format',
    text: 'Tiêu đề\n\nSáng 17/7/2017 khai mạc, chiều 18-7-2017 bế mạc và ngày 19/7 tổng kết.',
    vi: ['Ngày "18-7-2017" dùng dấu "-", khác cách viết chiếm đa số trong bài ("/"). Hãy viết "18/7/2017".', 'Viết "18/7/2017"'],
    en: ['The date "18-7-2017" uses "-", unlike the article\'s majority form ("/"). Write "18/7/2017".', 'Write "18/7/2017"'],
  },
  {
    rule: 'date-format',
    text: 'Tiêu đề\n\nNgày 03/3/2020 và ngày 21/4 họp.',
    vi: ['Ngày "03/3/2020" chỉ có số 0 ở một phần (ngày hoặc tháng). Hãy viết "3/3/2020".'],
    en: ['The date "03/3/2020" pads only one of day and month. Write "3/3/2020".'],
  },
  {
    rule: 'date-format',
    text: 'Tiêu đề\n\nNgày 07/07/2017 khai mạc, 08/07/2017 họp và 9/7/2017 bế mạc.',
    config: { house: { datePadding: 'consistent' } },
    vi: ['Ngày "9/7/2017" thiếu số 0 trước ngày, tháng dưới 10 (trong bài có số 0). Hãy viết "09/07/2017".'],
    en: ['The date "9/7/2017" lacks the leading zero the article uses. Write "09/07/2017".'],
  },
  {
    rule: 'date-format',
    text: 'Tiêu đề\n\nNgày 17/07/2017 hội nghị khai mạc.',
    config: { house: { datePadding: 'none' } },
    vi: ['Ngày "17/07/2017" có số 0 thừa trước ngày, tháng dưới 10 (trong bài không viết số 0). Hãy viết "17/7/2017".'],
    en: ['The date "17/07/2017" has a leading zero the article does not use. Write "17/7/2017".'],
  },
  {
    rule: 'year-range',
    text: 'Tiêu đề\n\nGiai đoạn 2016-2020.',
    config: { profile: 'party-press' },
    vi: ['Khoảng năm "2016-2020" khác cách viết của tòa soạn ("2016 - 2020").'],
    en: ['The year range "2016-2020" differs from the house form ("2016 - 2020").'],
  },
  {
    rule: 'date-invalid',
    text: 'Tiêu đề\n\nSáng 31/4/2020, hội nghị khai mạc.',
    vi: ['Ngày "31/4/2020" không tồn tại: tháng 4 năm 2020 chỉ có 30 ngày.'],
    en: ['The date "31/4/2020" cannot exist: month 4 of 2020 has only 30 days.'],
  },
  {
    rule: 'date-invalid',
    text: 'Tiêu đề\n\nSáng 31/4, hội nghị khai mạc.',
    vi: ['Ngày "31/4" không tồn tại: tháng 4 chỉ có 30 ngày.'],
    en: ['The date "31/4" cannot exist: month 4 has only 30 days.'],
  },
  {
    rule: 'dash',
    text: 'Tiêu đề\n\nMất 7-8 năm và dày 20 - 25 mm.',
    vi: ['Khoảng số "20 - 25" khác cách viết dùng trước trong bài (hai cách viết ngang nhau). Hãy viết "20-25".', 'Viết "20-25"'],
    en: ['The range "20 - 25" differs from the form the article uses first (the two are tied). Write "20-25".', 'Write "20-25"'],
  },
  {
    rule: 'time-format',
    text: 'Tiêu đề\n\nLúc 7h30 sáng khai mạc, đến 9 giờ 15 sáng bế mạc, 10h ngày 5/3 họp tiếp.',
    vi: ['Giờ "9 giờ 15" khác cách viết chiếm đa số trong bài (kiểu "7h30"). Hãy viết "9h15".', 'Viết "9h15"'],
    en: ['The time "9 giờ 15" differs from the article\'s majority form (like "7h30"). Write "9h15".', 'Write "9h15"'],
  },
  {
    rule: 'legacy-encoding',
    text: 'Tiêu đề\n\nViá»‡t Nam tá»• chá»©c há»™i nghá»‹ hôm nay.',
    vi: [
      'Đoạn "Viá»‡t Nam tá»• chá»©c há»™i nghá»‹" có vẻ là chữ UTF-8 đọc nhầm thành Windows-1252 bị lỗi phông (Viá»‡t → Việt). Hãy chuyển sang Unicode.',
      'Chuyển từ UTF-8 đọc nhầm thành Windows-1252 sang Unicode',
    ],
    en: [
      'The span "Viá»‡t Nam tá»• chá»©c há»™i nghá»‹" looks like UTF-8 read as Windows-1252 mojibake (Viá»‡t → Việt). Convert it to Unicode.',
      'Convert from UTF-8 read as Windows-1252 to Unicode',
    ],
  },
  {
    rule: 'legacy-encoding',
    text: 'Tiêu đề\n\nViÖt Nam tæ chøc héi nghÞ.',
    vi: [
      'Đoạn "ViÖt Nam tæ chøc héi nghÞ" có vẻ là chữ TCVN3 (ABC) bị lỗi phông (ViÖt → Việt). Hãy chuyển sang Unicode.',
      'Chuyển từ TCVN3 (ABC) sang Unicode',
    ],
    en: ['The span "ViÖt Nam tæ chøc héi nghÞ" looks like TCVN3 (ABC) mojibake (ViÖt → Việt). Convert it to Unicode.', 'Convert from TCVN3 (ABC) to Unicode'],
  },
  {
    rule: 'place-abbreviation',
    text: 'Tiêu đề\n\nTại TP.HCM và TP.HCM, rồi TP HCM.',
    vi: ['"TP HCM" khác cách viết chiếm đa số trong bài ("TP.HCM").', 'Viết "TP.HCM"'],
    en: ['"TP HCM" differs from the article\'s majority form ("TP.HCM").', 'Write "TP.HCM"'],
  },
  {
    rule: 'directive-invalid',
    text: 'Tiêu đề\n\n<!-- vnstyle-disable-next-line abbreviation-undefine -->\nToàn thể CB tham gia.',
    vi: ['Không có quy tắc "abbreviation-undefine". Có phải ý bạn là "abbreviation-undefined"?', 'Thay bằng "abbreviation-undefined"'],
    en: ['There is no rule "abbreviation-undefine". Did you mean "abbreviation-undefined"?', 'Replace with "abbreviation-undefined"'],
  },
  {
    rule: 'directive-invalid',
    text: 'Tiêu đề\n\n<!-- vnstyle-disable-next-line zzzzzz -->\nToàn thể CB tham gia.',
    vi: ['Không có quy tắc "zzzzzz". Xem vnstyle --list-rules.'],
    en: ['There is no rule "zzzzzz". See vnstyle --list-rules.'],
  },
  {
    rule: 'quotes',
    text: 'Tiêu đề\n\nÔng nói “một” rồi "hai".\n\nBà nói “ba”.',
    vi: ['Dấu ngoặc kép thẳng " giữa bài dùng ngoặc kép cong “…”. Hãy dùng dấu mở ngoặc kép “. Đoạn này có 2 chỗ như vậy.', 'Sửa cả 2 chỗ trong đoạn'],
    en: [
      'The straight quote " in an article using curly “…” quotes. Use the opening quote “. This paragraph has 2 such places.',
      'Fix all 2 in this paragraph',
    ],
  },
  {
    rule: 'quotes',
    text: 'Tiêu đề\n\nÔng nói ”một” rồi đi.',
    vi: ['Dấu đóng ngoặc kép ” ở đây mở lời dẫn: hãy dùng dấu mở ngoặc kép “.', 'Dùng dấu mở ngoặc kép “'],
    en: ['The closing quote ” here opens a quotation: use the opening quote “.', 'Use the opening quote “'],
  },
  {
    rule: 'quotes',
    text: 'Tiêu đề\n\nÔng nói “một rồi đi.',
    vi: ['Dấu mở ngoặc kép “ không có dấu đóng/mở tương ứng.'],
    en: ['The opening quote “ has no matching pair.'],
  },
  {
    rule: 'tone-mark-style',
    text: 'Tiêu đề\n\nSức khỏe tốt.',
    config: { house: { toneStyle: 'new' } },
    vi: ['"khỏe" đặt dấu kiểu cũ (hòa, thủy), khác kiểu của tòa soạn (kiểu mới (hoà, thuỷ)): "khoẻ".', 'Viết "khoẻ"'],
    en: ['"khỏe" is old style (hòa, thủy), unlike the house form (new style (hoà, thuỷ)): "khoẻ".', 'Write "khoẻ"'],
  },
  {
    rule: 'syllable-invalid',
    text: 'Tiêu đề\n\nEm hòc rất tôt.',
    vi: ['"hòc" không phải âm tiết tiếng Việt: âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng. Có phải "học"?', 'Viết "học"'],
    en: ['"hòc" is not a Vietnamese syllable: it ends in p, t, c or ch, which take only the sắc or nặng tone. Did you mean "học"?', 'Write "học"'],
  },
];

function firstFinding(c: Case, lang: Lang) {
  const config = resolveConfig(c.config ?? {}, RULES);
  config.rules[c.rule].severity = 'warning';
  const { findings, failures } = lint(c.text, { format: 'text', config, only: new Set([c.rule]), lang, today: TODAY });
  assert.deepEqual(failures, []);
  assert.ok(findings.length > 0, `no finding of ${c.rule}`);
  return findings[0];
}

describe('messages with per-language data', () => {
  for (const c of CASES)
    for (const lang of ['vi', 'en'] as const)
      it(`${c.rule} in ${lang}: ${JSON.stringify(c.text.slice(9, 60))}`, () => {
        const f = firstFinding(c, lang);
        const [message, fix] = c[lang];
        assert.equal(f.message, message);
        if (fix !== undefined) assert.equal(f.fixes[0]?.title, fix);
        // What the adapters receive as data is in the same language as the message.
        for (const v of Object.values(f.data ?? {})) assert.ok(typeof v === 'string' || typeof v === 'number', `data value ${JSON.stringify(v)}`);
      });

  it('a worded value takes the language of the message; other values stay as they are', () => {
    const data = { word: 'hòa', count: 2, where: { vi: 'của tòa soạn', en: 'the house form' } };
    assert.equal(formatMessage('{word} {count} {where} {missing}', data, 'vi'), 'hòa 2 của tòa soạn {missing}');
    assert.equal(formatMessage('{word} {count} {where} {missing}', data, 'en'), 'hòa 2 the house form {missing}');
  });

  it('no rule names a placeholder for one language only (no …En keys), and every example fills its placeholders in both', () => {
    for (const rule of RULES) {
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
        assert.deepEqual(names(m.en), names(m.vi), `${rule.id}.${id}: the two languages use different placeholders`);
        assert.ok(!names(m.vi).some((n) => /[a-z]En$/.test(n)), `${rule.id}.${id} has an …En placeholder`);
      }
      for (const ex of rule.meta.examples.invalid) {
        const config = resolveConfig(
          { profile: ex.config?.profile, house: ex.config?.house, abbreviations: ex.config?.abbreviations, allow: ex.config?.allow, byline: ex.config?.byline },
          RULES,
        );
        config.rules[rule.id].severity = rule.meta.severity;
        if (ex.config?.options) config.rules[rule.id].options = { ...config.rules[rule.id].options, ...ex.config.options };
        for (const lang of ['vi', 'en'] as const) {
          const { findings } = lint(parseMarked(ex.text).text, { format: ex.format ?? 'text', config, only: new Set([rule.id]), lang, today: TODAY });
          for (const s of findings.flatMap((f) => [f.message, ...f.fixes.map((x) => x.title)]))
            assert.doesNotMatch(s, /\{\w+\}|\[object Object\]|(?<![-\w])(?:undefined|null|NaN)(?![-\w])/, `${rule.id} (${lang}): ${s}`);
        }
      }
    }
  });
});
