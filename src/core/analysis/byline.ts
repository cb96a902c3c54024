/**
 * What an author line looks like (reference §6): "Quốc Hùng", "Tiến Hiệp - Lan Anh",
 * "N. Hà", "B.B.Đ", "CÔNG TRUNG", "Hà Thu (theo CNBC)", "Theo TTXVN", "(Theo GSMArena)",
 * "TTXVN/Tin Tức", "Nhóm PV", "PV.", "Bài và ảnh: Minh Khôi", "CTV Minh Huy/VOV online",
 * "Kim DungTheo Bloomberg" (a crawler dropped the space), "Luật sư Kiều Anh Vũ".
 */

/** A name word: "Hùng", "PetroTimes", "CÔNG", "N.", "T.Thủy", "B.B.Đ". */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}+|(?:\p{Lu}\.)+(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)?)$/u;
const CONNECTOR = /^(?:-|–|—|&|và|,|\/|online)$/u;
/** Who wrote or what kind of credit, before the names. */
const CREDIT_PREFIX =
  /^(?:Bài(?:\s+(?:và|,)\s*ảnh)?|Ảnh(?:\s+và\s+bài)?|Tin(?:,\s*ảnh|\s+và\s+ảnh)?|Bài,\s*ảnh|Thực hiện|Nhóm phóng viên|Nhóm PV|Tác giả|Phóng viên|Cộng tác viên|CTV|PV|Luật sư|Nhà báo|Bác sĩ|(?:GS|PGS|TS|ThS|BS|KTS)(?:\.(?:TS|ThS|BS))*\.?)\s*:?\s*/u;
const DESK = /^(?:Ban|Nhóm|Tổ)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}\.?$/u;
/** "Theo TTXVN", "(Theo GSMArena)", "Nguồn: Dân trí", "Theo laodong": a source of one to four words. */
const SOURCE = /^\(?\s*(?:[Tt]heo|[Nn]guồn\s*:?)\s+[\p{L}\d][^\s()]*(?:\s+[^\s()]+){0,3}\s*\)?\.?$/u;
/** Notes after the names: a photo or video credit, a web address, "(tổng hợp)", "Theo AFP", "(TTXVN)", "(Theo X, Y)". */
const TRAILING_NOTE = new RegExp(
  [
    String.raw`\s+(?:[Ảả]nh|Photo|Video|Clip|Nguồn (?:ảnh|video)|Tham khảo)\s*:\s*[^:()]{1,40}$`,
    String.raw`\s+[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)$`,
    String.raw`\s+-?\s*\(?(?:[Tt]ổng hợp|[Ss]ưu tầm)\)?$`,
    String.raw`\s+(?:[Tt]heo|[Nn]guồn\s*:?)\s+[\p{L}\d][^\s()]*(?:\s+[^\s()]+){0,3}\s*$`,
    String.raw`\s*\((?:[Tt]heo|[Tt]ổng hợp|[Ss]ưu tầm|[Tt]\/[Hh]|[Tt]h|[Bb]iên dịch|[Dd]ịch|[Ll]ược dịch|[Nn]guồn)\b[^)]*\)\s*\.?$`,
    String.raw`\s*\(\p{Lu}[\p{Lu}\p{Ll}\d\/+.& ]{0,40}\)\s*\.?$`,
  ].join('|'),
  'u',
);

/** A piece of a byline split over lines: a lone bracket, "T/h", "(Tổng hợp)", "Theo", "Nguồn video: X", a web address. */
const FRAGMENT =
  /^[()[\]]$|^(?:[Tt]heo|[Nn]guồn)\s*:?$|^\(?\s*(?:[Tt]\/[Hh]|[Tt]h|[Tt]ổng hợp|[Ss]ưu tầm|[Tt]heo\s+\S.{0,40}|(?:[Nn]guồn(?: ảnh| video)?|Video|Clip|Ảnh|Photo|Tham khảo)\s*:?\s+\S.{0,40}|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info))\s*\)?\.?$/u;

export function isBylineFragment(text: string): boolean {
  return FRAGMENT.test(text.trim());
}

/**
 * A line after the author line naming the outlet or the photographer: "Thể thao & Văn hóa",
 * "Công an nhân dân", "(Ảnh: Phạm Đức)". Short, capital first, no sentence punctuation.
 */
export function isOutletLine(text: string): boolean {
  const t = text.trim();
  if (/^\((?:Ảnh|Nguồn)\s*:[^()]{1,40}\)$/u.test(t)) return true;
  return t.length <= 50 && t.split(/\s+/).length <= 7 && /^\p{Lu}/u.test(t) && !/[.!?;:,…]$/u.test(t);
}

/** A source credit glued to the name by a crawler that dropped the space: "Kim DungTheo Bloomberg". */
const GLUED_CREDIT = /(\p{Ll})(?=(?:Theo|Nguồn|Ảnh)\s)/gu;

export function looksLikeByline(text: string): boolean {
  let t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(GLUED_CREDIT, '$1 ')
    .replace(/([([])\s+/gu, '$1')
    .replace(/\s+([)\]])/gu, '$1');
  if (!t || t.length > 70) return false;
  if (SOURCE.test(t) || DESK.test(t)) return true;
  t = t.replace(CREDIT_PREFIX, '').trim();
  t = t.replace(TRAILING_NOTE, '').replace(/\.$/, '').trim();
  if (!t) return true; // "Nhóm PV" and the like
  if (/[\d!?;:"“”…]/.test(t)) return false;
  const words = t
    .split(/(\s+|(?=[-–—,/&])|(?<=[-–—,/&]))/u)
    .map((w) => w.trim())
    .filter(Boolean);
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
