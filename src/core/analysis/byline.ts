/**
 * What an author line looks like (reference §6): "Quốc Hùng", "Tiến Hiệp - Lan Anh",
 * "N. Hà", "CÔNG TRUNG", "Hà Thu (theo CNBC)", "Theo TTXVN", "(Theo GSMArena)",
 * "TTXVN/Tin Tức", "Nhóm PV", "PV.", "Bài và ảnh: Minh Khôi".
 */

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}+|\p{Lu}\.(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)?)$/u;
const CONNECTOR = /^(?:-|–|—|&|và|,|\/)$/u;
const CREDIT_PREFIX = /^(?:Bài(?:\s+(?:và|,)\s*ảnh)?|Ảnh(?:\s+và\s+bài)?|Tin(?:,\s*ảnh|\s+và\s+ảnh)?|Bài,\s*ảnh|Thực hiện|Nhóm phóng viên|Nhóm PV)\s*:?\s*/u;
const DESK = /^(?:Ban|Nhóm|Tổ)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}\.?$/u;
/** "Theo TTXVN", "(Theo GSMArena)", "Nguồn: Dân trí": a source of one to four words, the first capitalised. */
const SOURCE = /^\(?\s*(?:[Tt]heo|[Nn]guồn\s*:?)\s+[\p{Lu}\d][^\s()]*(?:\s+[^\s()]+){0,3}\s*\)?\.?$/u;
const TRAILING_NOTE = /\s+(?:[Ảả]nh|Photo|Video|Clip|Nguồn (?:ảnh|video)|Tham khảo)\s*:\s*[^:()]{1,40}$|\s+[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)$|\s+-?\s*\(?[Tt]ổng hợp\)?$|\s+(?:[Tt]heo|[Nn]guồn\s*:?)\s+[\p{L}\d][^\s()]*(?:\s+[^\s()]+){0,3}\s*$|\s*\((?:[Tt]heo|[Tt]ổng hợp|[Tt]\/[Hh]|[Tt]h|[Bb]iên dịch|[Dd]ịch|[Ll]ược dịch|[Nn]guồn)\b[^)]*\)\s*\.?$|\s*\(\p{Lu}[\p{Lu}\p{Ll}\d\/+. ]{0,40}\)\s*\.?$/u;

/** A piece of a byline split over lines: a lone bracket, "T/h", "(Tổng hợp)". */
const FRAGMENT = /^[()[\]]$|^\(?\s*(?:[Tt]\/[Hh]|[Tt]h|[Tt]ổng hợp|[Tt]heo\s+\S.{0,40}|(?:[Nn]guồn(?: ảnh| video)?|Video|Clip|Ảnh|Photo|Tham khảo)\s*:?\s+\S.{0,40}|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info))\s*\)?\.?$/u;

export function isBylineFragment(text: string): boolean {
  return FRAGMENT.test(text.trim());
}

/** A source credit glued to the name by a crawler that dropped the space: "Kim DungTheo Bloomberg". */
const GLUED_CREDIT = /(\p{Ll})(?=(?:Theo|Nguồn|Ảnh)\s)/gu;

export function looksLikeByline(text: string): boolean {
  let t = text.trim().replace(/\s+/g, ' ').replace(GLUED_CREDIT, '$1 ');
  if (!t || t.length > 70) return false;
  if (SOURCE.test(t) || DESK.test(t)) return true;
  t = t.replace(CREDIT_PREFIX, '').trim();
  t = t.replace(TRAILING_NOTE, '').replace(/\.$/, '').trim();
  if (!t) return true; // "Nhóm PV" and the like
  if (/[\d!?;:"“”…]/.test(t)) return false;
  const words = t.split(/(\s+|(?=[-–—,/&])|(?<=[-–—,/&]))/u).map((w) => w.trim()).filter(Boolean);
  let names = 0;
  let run = 0;
  for (const w of words) {
    if (CONNECTOR.test(w)) {
      run = 0;
      continue;
    }
    if (!NAME_WORD.test(w)) return false;
    names++;
    run++;
    if (run > 5) return false; // a Vietnamese name has at most five syllables
  }
  return names >= 1 && names <= 12;
}
