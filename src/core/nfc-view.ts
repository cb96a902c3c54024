/**
 * The same text in NFC, and the way back: rules other than the encoding ones read the NFC
 * view, so a decomposed (NFD) article gets the same advice as its precomposed twin; their
 * findings and edits are mapped back to the source offsets (STYLE.md 5: offsets are the
 * source's, never a normalised copy's).
 */
import type { Edit } from './types';

export interface NfcView {
  text: string;
  /** Source offset of a view offset; inside a recomposed cluster, its start or its end. */
  toSource(offset: number, side: 'start' | 'end'): number;
  /** An edit of the view as an edit of the source: one that starts or ends inside a cluster takes the whole cluster, rewritten. */
  toSourceEdit(edit: Edit): Edit;
}

/** A letter (or any base) followed by combining marks: composed on its own in NFC. */
const CLUSTER = /\P{M}\p{M}+/gu;

/** The NFC view of `text`, or null when the text is NFC already (or does not compose cluster by cluster). */
export function nfcView(text: string): NfcView | null {
  if (!/\p{M}/u.test(text)) return null;
  const edits: Edit[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const nfc = m[0].normalize('NFC');
    if (nfc !== m[0]) edits.push({ start: m.index!, end: m.index! + m[0].length, text: nfc });
  }
  if (!edits.length) return null;
  const parts: string[] = [];
  const viewStarts: number[] = [];
  let at = 0;
  let v = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start));
    v += e.start - at;
    viewStarts.push(v);
    parts.push(e.text);
    v += e.text.length;
    at = e.end;
  }
  parts.push(text.slice(at));
  const view = parts.join('');
  if (view !== text.normalize('NFC')) return null; // composition across clusters (not Vietnamese): read the source
  /** The recomposed cluster holding view offset `offset` strictly inside, if any. */
  const inside = (offset: number): { k: number; vStart: number; vEnd: number } | null => {
    let lo = 0;
    let hi = edits.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (viewStarts[mid] <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return null;
    const vStart = viewStarts[k];
    const vEnd = vStart + edits[k].text.length;
    return offset > vStart && offset < vEnd ? { k, vStart, vEnd } : null;
  };
  return {
    text: view,
    toSourceEdit(e) {
      const a = inside(e.start);
      const b = e.end === e.start ? a : inside(e.end);
      const start = a ? edits[a.k].start : this.toSource(e.start, 'start');
      const end = b ? edits[b.k].end : e.end === e.start ? start : this.toSource(e.end, 'end');
      const text = (a ? view.slice(a.vStart, e.start) : '') + e.text + (b ? view.slice(e.end, b.vEnd) : '');
      return { start, end, text };
    },
    toSource(offset, side) {
      // The last edit starting at or before `offset` in the view.
      let lo = 0;
      let hi = edits.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (viewStarts[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return offset;
      const e = edits[k];
      const vEnd = viewStarts[k] + e.text.length;
      if (offset >= vEnd) return e.end + (offset - vEnd);
      if (offset === viewStarts[k]) return e.start;
      return side === 'start' ? e.start : e.end;
    },
  };
}
