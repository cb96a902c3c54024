import { defineRule, replaceFix } from '../rule';
import { legacySpans } from '../analysis/legacy';

const NAMES = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'utf8-cp1252': { vi: 'UTF-8 đọc nhầm thành Windows-1252', en: 'UTF-8 read as Windows-1252' },
} as const;

export default defineRule({
  id: 'legacy-encoding',
  meta: {
    category: 'encoding',
    scope: 'article',
    description: {
      vi: 'Chữ bị lỗi phông do dán từ bảng mã cũ: TCVN3 ("ViÖt Nam"), VNI ("Vieät Nam") hoặc UTF-8 bị đọc sai ("Viá»‡t Nam").',
      en: 'Mojibake pasted from a legacy encoding: TCVN3 ("ViÖt Nam"), VNI ("Vieät Nam") or double-decoded UTF-8 ("Viá»‡t Nam").',
    },
    rationale: {
      vi: 'Văn bản soạn bằng phông .VnTime (TCVN3) hay VNI-Times, hoặc tệp UTF-8 mở nhầm bảng mã, cho ra chuỗi ký tự lạ mà người đọc không đọc được. Việc nhận diện chấm điểm từng từ, không dựa vào một ký tự (ô, ã, é cũng là chữ tiếng Việt thật): một từ bị tính khi viết như vậy không phải tiếng Việt nhưng giải mã ra thì là. Mỗi đoạn lỗi báo một lần; bản chuyển đổi chỉ được ưu tiên khi nhận diện chắc chắn (từ hai từ trở lên, hoặc mẫu UTF-8 đặc trưng). Tệp không phải UTF-8 hợp lệ do dòng lệnh báo riêng.',
      en: 'Text typed in .VnTime (TCVN3) or VNI-Times fonts, or a UTF-8 file opened with the wrong encoding, turns into unreadable characters. Detection scores words, not characters (ô, ã, é are real Vietnamese letters too): a word counts when it is not Vietnamese as written but is once decoded. One finding per affected span; the conversion is preferred only when the detection is confident (two words or more, or the distinctive UTF-8 pattern). Files that are not valid UTF-8 are reported by the command.',
    },
    severity: 'error',
    fixable: 'both',
    sources: ['reference §4.4 ENC-4'],
    messages: {
      legacy: {
        vi: 'Đoạn "{text}" có vẻ là chữ {encoding} bị lỗi phông ({example}). Hãy chuyển sang Unicode.',
        en: 'The span "{text}" looks like {encoding} mojibake ({example}). Convert it to Unicode.',
      },
      convert: { vi: 'Chuyển từ {encoding} sang Unicode', en: 'Convert from {encoding} to Unicode' },
    },
    examples: {
      invalid: [
        { text: 'Tiêu đề\n\n⟦ViÖt Nam tæ chøc héi nghÞ⟧.', findings: ['legacy'], output: 'Tiêu đề\n\nViệt Nam tổ chức hội nghị.' },
        { text: 'Tiêu đề\n\nBài viết: ⟦Vieät Nam toå chöùc hoäi nghò⟧.', findings: ['legacy'], output: 'Tiêu đề\n\nBài viết: Việt Nam tổ chức hội nghị.' },
        { text: 'Tiêu đề\n\n⟦Viá»‡t Nam tá»• chá»©c há»™i nghá»‹⟧ hôm nay.', findings: ['legacy'], output: 'Tiêu đề\n\nViệt Nam tổ chức hội nghị hôm nay.' },
        {
          // One word alone is not certain enough to convert automatically.
          text: 'Tiêu đề\n\nĐất nước ⟦ViÖt⟧ Nam.',
          findings: ['legacy'],
          output: 'Tiêu đề\n\nĐất nước ViÖt Nam.',
          fixes: ['Tiêu đề\n\nĐất nước Việt Nam.'],
          preferred: null,
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nÔng Özil và Müller, bà Nuñez ở São Paulo; mẫu 5 µm, nhiệt độ 25°C, 2×3 m, ½ số người, « trích dẫn ».' },
        { text: 'Tiêu đề\n\nNgười ta nói “ổn” và ‘được’ — ông ấy đồng ý… ôi!' },
        { text: 'Tiêu đề\n\nGiao diện MMI® và Apple® Watch, bản quyền © 2024; ông Loïc và bà Zoë; mô-men 250 N·m; tạp chí « Kinh » tế.' },
      ],
    },
  },
  check(context) {
    const { article } = context;
    for (const span of legacySpans(article)) {
      const confident = span.words >= 2 || span.encoding === 'utf8-cp1252';
      const fix = replaceFix(span, span.decoded, { messageId: 'convert', data: { encoding: NAMES[span.encoding] } });
      const text = article.text.slice(span.start, span.end);
      context.report({
        start: span.start,
        end: span.end,
        messageId: 'legacy',
        data: { text: text.length > 40 ? `${text.slice(0, 40)}…` : text, encoding: NAMES[span.encoding], example: span.example },
        ...(confident ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
