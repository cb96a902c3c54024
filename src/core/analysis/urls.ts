/** Bare URLs and e-mail addresses are not prose: the mask hides them. */
import { HIDDEN_CHAR } from './hidden';

/**
 * A URL runs to the next space, angle bracket or quote. E-mail addresses are found from their
 * `@` (a pattern starting `[\w.+-]+@` would rescan a long run of letters and dots at each of
 * its positions); both are found in one left-to-right pass.
 */
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/giu;
const LOCAL = /[\p{L}\p{M}\p{N}_.+-]/u; // letters with their marks, also decomposed (NFD)
const DOMAIN = /^[\p{L}\p{M}\p{N}_-]+(?:\.[\p{L}\p{M}\p{N}_-]+)+/u;
const TRAILING = /[.,;:!?)\]]/u;

export function maskUrls(mask: string): string {
  if (!mask.includes('@') && !mask.includes('://') && !mask.includes('www.')) return mask;
  const spans = urlSpans(mask);
  if (!spans.length) return mask;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += mask.slice(at, s) + HIDDEN_CHAR.repeat(e - s);
    at = e;
  }
  return out + mask.slice(at);
}

/** The [start, end) of each URL and e-mail address, in order, without trailing punctuation. */
export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  URL.lastIndex = 0;
  for (const m of text.matchAll(URL)) {
    let end = m.index! + m[0].length;
    while (end > m.index! && TRAILING.test(text[end - 1])) end--;
    spans.push([m.index!, end]);
  }
  let at = text.indexOf('@');
  let covered = 0;
  let k = 0; // the first URL that does not end before `at`
  const urls = spans.length;
  while (at >= 0) {
    while (k < urls && spans[k][1] <= at) k++;
    // The local part: word characters, dots, + and - before the @, starting at a word boundary.
    let s = at;
    while (s > covered && LOCAL.test(text[s - 1])) s--;
    while (s < at && !/[\p{L}\p{N}_]/u.test(text[s])) s++; // the address starts at a letter or digit
    const domain = s < at && !(k < urls && spans[k][0] <= at) ? DOMAIN.exec(text.slice(at + 1, at + 1 + 320)) : null;
    if (domain) {
      let end = at + 1 + domain[0].length;
      while (end > at + 1 && TRAILING.test(text[end - 1])) end--;
      spans.push([s, end]);
      covered = end;
      at = text.indexOf('@', end);
    } else at = text.indexOf('@', at + 1);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const x of spans) if (!out.length || x[0] >= out[out.length - 1][1]) out.push(x);
  return out;
}
