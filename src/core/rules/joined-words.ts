import { defineRule, replaceFix } from '../rule';
import { spellingView, contextOf, joinedAt } from '../analysis/spelling';
import { syllableOf } from '../analysis/words';

export default defineRule({
  id: 'joined-words',
  meta: {
    category: 'spelling',
    scope: 'article',
    description: {
      vi: 'Hai từ bị dính liền, thiếu dấu cách: "củaTrường" → "của Trường", "sĩđã" → "sĩ đã".',
      en: 'Two words glued together without a space: "củaTrường" → "của Trường", "sĩđã" → "sĩ đã".',
    },
    rationale: {
      vi: 'Dấu cách bị mất khi dán chữ, khi ghép dòng tít với dòng nguồn, hay khi gõ vội: "củaTrường", "TheoChủ", "sĩđã", "Anastasievà". Quy tắc tách khi: giữa từ có chữ hoa đứng sau chữ thường và phần trước là một âm tiết tiếng Việt thông dụng; hoặc từ không phải âm tiết nhưng là hai âm tiết thông dụng mà kho ngữ liệu báo chí thấy đứng cạnh nhau (src/data/spelling-model.md), và tách thì hợp hơn sửa thành một âm tiết (thưở là "thuở", không phải "thư ở"); hoặc một tên nước ngoài viết hoa dính với một hư từ rất thông dụng (và, của, là). Một trong hai phần phải có dấu tiếng Việt, nên tên thương hiệu viết kiểu lạc đà (iPhone, YouTube, VinFast, PetroVietnam, MBBank) và từ vay mượn viết liền (ôxít, catốt, patê: không bao giờ là hai từ đứng cạnh nhau) không bị báo. Cách sửa là chèn một dấu cách.',
      en: 'A space lost when pasting, when a headline line runs into the source line, or in hasty typing: "củaTrường", "TheoChủ", "sĩđã", "Anastasievà". The rule splits when: a capital follows a lower-case letter inside the word and the part before is a common Vietnamese syllable; or the word is no syllable but two common syllables the news corpus shows side by side (src/data/spelling-model.md), and splitting fits better than correcting it to one syllable (thưở is "thuở", not "thư ở"); or a capitalised foreign name runs into a very common function word (và, của, là). One part must carry Vietnamese marks, so brands in camel case (iPhone, YouTube, VinFast, PetroVietnam, MBBank) and loans written solid (ôxít, catốt, patê: never two words side by side) are not reported. The fix inserts a space.',
    },
    severity: 'warning',
    fixable: 'fix',
    sources: ['src/data/spelling-model.md'],
    messages: {
      joined: { vi: '"{word}" là hai từ dính liền. Hãy viết "{fixed}".', en: '"{word}" is two words run together. Write "{fixed}".' },
      fix: { vi: 'Thêm dấu cách: "{fixed}"', en: 'Insert a space: "{fixed}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nHọc sinh ⟦củaTrường⟧ THPT Lê Lợi đã đến. ⟦TheoChủ⟧ tịch xã, bác ⟦sĩđã⟧ về.',
          findings: ['joined', 'joined', 'joined'],
          output: 'Tiêu đề\n\nHọc sinh của Trường THPT Lê Lợi đã đến. Theo Chủ tịch xã, bác sĩ đã về.',
        },
        {
          text: 'Tiêu đề\n\nQuan hệ giữa lão Goriot với ⟦Anastasievà⟧ Delphine.',
          findings: ['joined'],
          output: 'Tiêu đề\n\nQuan hệ giữa lão Goriot với Anastasie và Delphine.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\niPhone, YouTube, PetroVietnam, VinFast và MBBank đều có mặt; khoáng vật ôxít, điện cực catốt, món patê.' },
        { text: "Tiêu đề\n\nĐoàn đến Đắk Lắk, Krông Pắc, Ea Súp, K'Bang; UBND xã HĐND tỉnh; ông Nguyễn Văn A." },
      ],
    },
  },
  check(context) {
    const view = spellingView(context.article);
    if (!view) return;
    const { article } = context;
    view.words.forEach((w, i) => {
      if ((w.ascii && w.nfc === w.lower) || syllableOf(w).ok) return; // a syllable, or nothing Vietnamese to glue
      const { prev, next } = contextOf(article, view, i);
      const k = joinedAt(view.model, w, prev, next);
      if (k < 0) return;
      const fixed = `${w.nfc.slice(0, k)} ${w.nfc.slice(k)}`;
      const at = w.start + k;
      context.report({
        start: w.start,
        end: w.end,
        messageId: 'joined',
        data: { word: w.text, fixed },
        fix: replaceFix({ start: at, end: at }, ' ', { messageId: 'fix', data: { fixed } }),
      });
    });
  },
});
