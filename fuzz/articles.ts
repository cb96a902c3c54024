/**
 * Articles written for the fuzzer, in the shapes real ones come in (headline, dateline, lead,
 * paragraphs, captions, byline, web residue; Markdown with front matter, code, HTML, quotes,
 * lists and tables), with the kinds of faults editors make. Our own text throughout.
 */
import type { Format } from '../src/core/types';
import { Random } from './random';

const TITLES = [
  'Hợp tác xã nông nghiệp vượt khó',
  'Chuyển biến tích cực ở xã vùng cao',
  'UBND tỉnh họp bàn kế hoạch năm 2024',
  'Giá xăng giảm lần thứ ba',
  'KHAI MẠC HỘI NGHỊ TỔNG KẾT',
];
const DATELINES = ['17/07/2017 - 07:39', 'Thứ hai, 17/7/2017, 7h39', '17-7-2017 07:39 GMT+7', 'Cập nhật: 08:15 ngày 02/09/2023'];
const SENTENCES = [
  'Sáng 17/7, UBND xã tổ chức hội nghị tổng kết công tác năm 2016 - 2020.',
  'Các HTX và cán bộ, đảng viên (CB, ĐV) đã tham gia đầy đủ.',
  'Ông Nguyễn Văn A, Chủ tịch Hội Nông dân cho biết: "Năm nay mùa màng bội thu".',
  'Theo báo cáo, tổng thu đạt 1.250 tỷ đồng, tăng 3,5% so với cùng kỳ.',
  'Hòa bình và thuỷ lợi là hai việc chính , còn lại thì để sau.',
  'Lúc 7h30 ngày 2-9-2023, đoàn công tác của Bộ NN&PTNT đến thăm TP.HCM.',
  'Ủy ban nhân dân (UBND) phường đã đã triển khai kế hoạch… rất sớm...',
  'Xem chi tiết tại https://vnexpress.net/tin-tuc hoặc gửi thư về toasoan@baomoi.vn.',
  '“Chúng tôi sẽ cố gắng hết sức” , bà Lan nói.',
  'Người dân ở Q.1 và P.5 phản ánh việc chậm trễ(kéo dài)nhiều tháng.',
  'Năm 2017,tỉnh có 12 dự án FDI, trong đó có 3 dự án của Nhật Bản.',
  'Khi được hỏi,ông ấy chỉ cười.Tôi không hiểu vì sao.',
  'Vào ngày 31/4/2024 cơ quan chức năng đã kiểm tra   lại toàn bộ.',
  'Sức khỏe của người dân là trên hết, hoà giải và khoẻ mạnh.',
  'Nhà nướс đã có chính sách hỗ trợ kịp thời.',
];
const BYLINES = ['Quốc Hùng', 'LAN ANH', 'Hòa Lê (T/h)', 'Theo TTXVN', 'Nguyễn Minh - Trần Hà.'];
const RESIDUE = ['Chia sẻ bài viết', 'BÌNH LUẬN', 'Tin liên quan', 'Xem thêm: Bài khác', '>> Đọc thêm: tin khác', 'In bài'];
const CAPTIONS = ['Ảnh: TTXVN', 'Quang cảnh hội nghị. (Ảnh: Minh Hà)'];

function paragraph(r: Random): string {
  const n = 1 + r.int(4);
  return Array.from({ length: n }, () => r.pick(SENTENCES)).join(' ');
}

export function plainArticle(r: Random): string {
  const lines: string[] = [];
  if (r.chance(0.85)) lines.push(r.pick(TITLES));
  if (r.chance(0.5)) lines.push(r.pick(DATELINES));
  const paras = 1 + r.int(6);
  for (let i = 0; i < paras; i++) {
    lines.push(paragraph(r));
    if (r.chance(0.15)) lines.push(r.pick(CAPTIONS));
  }
  if (r.chance(0.8)) lines.push(r.pick(BYLINES));
  if (r.chance(0.4)) for (let i = 0; i < 1 + r.int(3); i++) lines.push(r.pick(RESIDUE));
  const sep = r.pick(['\n\n', '\n', '\r\n\r\n', '\n\n\n']);
  return lines.join(sep) + (r.chance(0.7) ? '\n' : '');
}

export function markdownArticle(r: Random): string {
  const parts: string[] = [];
  if (r.chance(0.4)) parts.push(`---\ntitle: "${r.pick(TITLES)}"\ndate: 2017-07-17T07:39\nauthor: ${r.pick(BYLINES)}\ntags: [a, b]\n---`);
  parts.push(`# ${r.pick(TITLES)}`);
  const blocks = 2 + r.int(6);
  for (let i = 0; i < blocks; i++) {
    switch (r.int(9)) {
      case 0:
        parts.push('```\nmã nguồn  quan trọng , UBND\n  "thụt lề"\n```');
        break;
      case 1:
        parts.push(`> ${paragraph(r)}\n> ” ${r.pick(SENTENCES)}`);
        break;
      case 2:
        parts.push(`- ${r.pick(SENTENCES)}\n- **${r.pick(SENTENCES)}**\n  tiếp tục`);
        break;
      case 3:
        parts.push('<!-- vnstyle-disable-next-line repeated-word -->\n' + paragraph(r));
        break;
      case 4:
        parts.push('| Cột  | Số |\n|---|---|\n| HTX , | 1.000 |');
        break;
      case 5:
        parts.push(`Xem [liên kết](https://x.vn/a_b "tiêu đề") và \`mã  UBND\` cùng <span>HTML</span>. ${paragraph(r)}`);
        break;
      case 6:
        parts.push('<div>\nKhối HTML , UBND\n</div>');
        break;
      case 7:
        parts.push(`## ${r.pick(TITLES)}`);
        break;
      default:
        parts.push(paragraph(r) + (r.chance(0.3) ? '  \n' + paragraph(r) : ''));
    }
  }
  if (r.chance(0.7)) parts.push(r.pick(BYLINES));
  if (r.chance(0.4)) parts.push(r.pick(RESIDUE));
  return parts.join('\n\n') + '\n';
}

export function generatedArticle(r: Random): { text: string; format: Format } {
  return r.chance(0.5) ? { text: plainArticle(r), format: 'text' } : { text: markdownArticle(r), format: 'markdown' };
}
