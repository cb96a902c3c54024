/** Bare URLs and e-mail addresses are not prose: the mask hides them. */
import { HIDDEN_CHAR } from './hidden';

const URL_OR_EMAIL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export function maskUrls(mask: string): string {
  if (!mask.includes('@') && !mask.includes('://') && !mask.includes('www.')) return mask;
  return mask.replace(URL_OR_EMAIL, (m) => {
    const url = m.replace(/[.,;:!?)\]]+$/u, '');
    return HIDDEN_CHAR.repeat(url.length) + m.slice(url.length);
  });
}
