import { defineRule, replaceFix } from '../rule';
import { certainUnlessTied, houseOrMajority, whereOf } from '../analysis/majority';
import { isSentenceStart } from '../analysis/sentences';

/** How Ho Chi Minh City is written; the key is the form. */
const HCMC =
  /(?<![\p{L}\p{M}])(?:TP\.\s?HCM|TP\s+HCM|TPHCM|TP\.?\s?Hồ Chí Minh|Tp\.?\s?HCM|Tp\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh|thành phố Hồ Chí Minh)(?![\p{L}\p{M}])/gu;
/** Q.1, P.5, Q. Tân Bình, P.Bến Nghé — not initials (P.T.N, Q.M, anh P.A). */
const DISTRICT = /(?<![\p{L}\p{M}.])([QP])\.\s?(\d{1,2}|\p{Lu}[\p{Ll}\p{M}]+(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}\d]|\.\p{Lu})/gu;
/** A person before the letters: "anh P.Vy", "bà Q.Hoa" are initials of a name. */
const PERSON_BEFORE = /(?:^|[\s(])(?:anh|chị|ông|bà|em|cô|chú|bác|cháu|bạn|cụ|thầy|nữ|nam|PV|phóng viên|tác giả|nhân vật|cầu thủ|ca sĩ|diễn viên)\s+$/iu;
/** A form as written ("TP.HCM", "TP. Hồ Chí Minh"…); the full name counts as one form. */
type Form = string;
const FULL = 'Thành phố Hồ Chí Minh';

function formOf(s: string): Form | 'wrong' {
  if (/^[Tt]hành phố Hồ Chí Minh$/.test(s)) return FULL;
  if (/^(?:TP\. HCM|Tp\.?\s?HCM)$/.test(s)) return 'wrong'; // no outlet writes TP. HCM, Tp HCM, Tp.HCM
  return s;
}

export default defineRule({
  id: 'place-abbreviation',
  meta: {
    category: 'typography',
    scope: 'article',
    description: {
      vi: 'Thành phố Hồ Chí Minh viết tắt một kiểu (TP.HCM, TP HCM hoặc TPHCM) theo tòa soạn hoặc nhất quán; không "TP. HCM", "Tp.HCM"; "Q.1" trong bài theo quy ước tòa soạn.',
      en: 'Ho Chi Minh City abbreviated one way (TP.HCM, TP HCM or TPHCM), house or consistent; never "TP. HCM", "Tp.HCM"; "Q.1" in body text per house.',
    },
    rationale: {
      vi: 'Các báo chọn khác nhau: Tuổi Trẻ, Thanh Niên, Zing viết "TP.HCM"; VnExpress "TP HCM"; Dân trí "TPHCM"; NĐ 30 viết đầy đủ "Thành phố Hồ Chí Minh". "TP. HCM", "Tp HCM", "Tp.HCM" không báo nào dùng. Dạng đầy đủ luôn được phép (ví dụ khi giải thích viết tắt). "Q.1", "Q. Tân Bình" là cách của Thanh Niên nhưng Tạp chí Du lịch Việt Nam cấm (quy ước 3.3); NĐ 30 viết "Quận 1", "quận Tân Bình" (house.districtAbbreviation).',
      en: 'Outlets differ: Tuổi Trẻ, Thanh Niên, Zing write "TP.HCM"; VnExpress "TP HCM"; Dân trí "TPHCM"; NĐ 30 writes "Thành phố Hồ Chí Minh" in full. "TP. HCM", "Tp HCM", "Tp.HCM" are used by no outlet. The full form is always allowed (e.g. in a definition). "Q.1", "Q. Tân Bình" is Thanh Niên style but Du lịch Việt Nam forbids it (rule 3.3); NĐ 30 writes "Quận 1", "quận Tân Bình" (house.districtAbbreviation).',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['hcmcForm', 'districtAbbreviation'],
    sources: ['reference §5 PLACE-1', 'reference §1.2 (Du lịch Việt Nam 3.2, 3.3)'],
    messages: {
      hcmc: { vi: '"{text}" khác cách viết {where} ("{fixed}").', en: '"{text}" differs from {where} ("{fixed}").' },
      wrong: { vi: '"{text}" không phải cách viết tắt chuẩn. Hãy viết "{fixed}".', en: '"{text}" is not a standard abbreviation. Write "{fixed}".' },
      district: {
        vi: '"{text}": tòa soạn không viết tắt quận, phường trong bài. Hãy viết "{fixed}".',
        en: '"{text}": the house does not abbreviate districts and wards in body text. Write "{fixed}".',
      },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
    perParagraph: ['hcmc'],
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\nTại TP.HCM và TP.HCM, rồi ⟦TP HCM⟧.', findings: ['hcmc'], output: 'Tiêu đề\n\nTại TP.HCM và TP.HCM, rồi TP.HCM.' },
        { text: 'Tiêu đề\n\nTại ⟦TP. HCM⟧ hôm nay.', findings: ['wrong'], output: 'Tiêu đề\n\nTại TP.HCM hôm nay.' },
        {
          text: 'Tiêu đề\n\nTại ⟦TP HCM⟧ hôm nay.',
          config: { house: { hcmcForm: 'Thành phố Hồ Chí Minh' } },
          findings: ['hcmc'],
          output: 'Tiêu đề\n\nTại Thành phố Hồ Chí Minh hôm nay.',
        },
        {
          text: 'Tiêu đề\n\nNhà ở ⟦Q.1⟧ và ⟦Q. Tân Bình⟧.',
          config: { profile: 'party-press' },
          findings: ['district', 'district'],
          output: 'Tiêu đề\n\nNhà ở Quận 1 và quận Tân Bình.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nThành phố Hồ Chí Minh (TP.HCM) và TP.HCM; nhà ở Q.1.' },
        { text: 'Tiêu đề\n\nVnExpress viết TP HCM, TP HCM.' },
        // Initials and bylines are not districts or wards.
        { text: 'Tiêu đề\n\nAnh P.A và chị P.Vy kể lại; tác giả P.T.N và Q.M xác nhận.\n\nP.Vy', config: { profile: 'party-press' } },
      ],
    },
  },
  check(context) {
    const { article, house } = context;
    const found: Array<{ start: number; end: number; text: string; form: Form | 'wrong' }> = [];
    for (const block of article.blocks) {
      if (block.kind === 'residue' || block.kind === 'byline') continue;
      const text = article.mask.slice(block.start, block.end);
      for (const m of text.matchAll(HCMC))
        found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length, text: m[0], form: formOf(m[0]) });
      if (house.districtAbbreviation === 'forbid') {
        for (const m of text.matchAll(DISTRICT)) {
          if (PERSON_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
          const s = block.start + m.index!;
          const noun = m[1] === 'Q' ? 'quận' : 'phường';
          // NĐ 30 III.1: a unit named by a number takes a capital; by a name, the noun stays lower case mid-sentence.
          const capital = /^\d/.test(m[2]) || isSentenceStart(article, s);
          const fixed = `${capital ? noun[0].toUpperCase() + noun.slice(1) : noun} ${m[2]}`;
          context.report({
            start: s,
            end: s + m[0].length,
            messageId: 'district',
            data: { text: m[0], fixed },
            fix: replaceFix({ start: s, end: s + m[0].length }, fixed),
          });
        }
      }
    }
    const target = houseOrMajority<Form>(
      house.hcmcForm,
      found.filter((f) => f.form !== 'wrong' && f.form !== FULL).map((f) => f.form),
    ) ?? { value: 'TP.HCM', basis: 'majority' };
    for (const f of found) {
      if (f.form === target.value) continue;
      if (f.form === FULL) continue; // the full form is always right
      const fixed = target.value;
      context.report({
        start: f.start,
        end: f.end,
        messageId: f.form === 'wrong' ? 'wrong' : 'hcmc',
        data: { text: f.text, fixed, ...whereOf(target.basis) },
        ...certainUnlessTied(f.form === 'wrong' ? { value: 0, basis: 'house' } : target, replaceFix(f, fixed)),
      });
    }
  },
});
