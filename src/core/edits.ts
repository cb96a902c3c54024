/** Text edits, shared by the engine and the rules that build a fixed text for a message. */
import type { Edit, Span } from './types';

/** Apply edits (sorted, non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Whether a range touches one of `spans` (half-open, sorted or not) of a text of length
 * `length`: it shares a character with it, or, empty, sits inside it (or at its end when
 * the span ends the text).
 */
export function touchesSpans(range: Span, spans: readonly Span[], length: number): boolean {
  return spans.some((s) => (range.start < range.end ? range.start < s.end && range.end > s.start : s.start <= range.start && (range.start < s.end || s.end === length)));
}

/**
 * Where spans of a text lie once `edits` (non-overlapping) are applied to it. A span grows
 * to hold an edit that crosses its boundary; text inserted exactly at a boundary stays
 * outside at the end and inside at the start.
 */
export function mapSpans(spans: readonly Span[], edits: readonly Edit[]): Span[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const map = (p: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const e of sorted) {
      if (e.end < p || (e.end === p && e.start < p)) delta += e.text.length - (e.end - e.start);
      else if (e.start < p) return e.start + delta + (side === 'end' ? e.text.length : 0);
      else break;
    }
    return p + delta;
  };
  return spans.map((s) => ({ start: map(s.start, 'start'), end: Math.max(map(s.start, 'start'), map(s.end, 'end')) }));
}
