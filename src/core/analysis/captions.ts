/**
 * Photo captions and credits: "Ảnh: …", "… (Ảnh: TTXVN)", "… - Ảnh: Nguyên Bảo",
 * "Ảnh minh họa". One pattern for the article model, the layout reader and the rules.
 */
const CAPTION =
  /^\(?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video|Clip|Đồ họa|Đồ hoạ|Infographic)\s*[:.)-]|(?:^|[\s(–-])(?:Ảnh|Nguồn)\s*:\s*[^.!?]{1,60}\)?\.?$|\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh:[^)]*)\)\.?$|^Ảnh minh h[oọ]ạ?\.?$/u;

/** A photo caption line. */
export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}
