/** Text edits, shared by the engine and the rules that build a fixed text for a message. */
import type { Edit, Span } from './types';

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** Apply edits (sorted, non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort(byStart);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Spans merged and sorted, asked in O(log n): whether a range touches them or lies inside them
 * (a scan of every span for every finding is quadratic on a long file).
 */
export class SpanSet {
  readonly spans: Span[];

  constructor(
    spans: readonly Span[],
    /** Length of the text the spans are in (an empty range at its very end touches a span ending there). */
    readonly length: number,
  ) {
    const sorted = [...spans].filter((s) => s.end >= s.start).sort(byStart);
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      const lastFull = !!last && last.start < last.end;
      if (s.start === s.end && lastFull && s.start < last.end) continue; // inside a span: says nothing more (ends stay sorted)
      if (s.start < s.end && lastFull && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
    this.spans = merged;
  }

  /** Index of the first span whose end is after `p` (or ends at `p` when `inclusive`). */
  private firstEndingAfter(p: number, inclusive: boolean): number {
    const s = this.spans;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].end < p || (!inclusive && s[mid].end === p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether a range shares a character with a span, or, empty, sits inside one (or at its
   * end when the span ends the text).
   */
  touches(range: Span): boolean {
    const s = this.spans;
    if (range.start < range.end) {
      const i = this.firstEndingAfter(range.start, false);
      for (let k = i; k < s.length && s[k].start < range.end; k++) if (s[k].end > range.start) return true;
      return false;
    }
    for (let k = this.firstEndingAfter(range.start, true); k < s.length && s[k].start <= range.start; k++) {
      if (range.start < s[k].end || s[k].end === this.length) return true;
    }
    return false;
  }

  /** The parts of the spans inside a non-empty range. */
  within(range: Span): Span[] {
    const out: Span[] = [];
    const s = this.spans;
    for (let k = this.firstEndingAfter(range.start, false); k < s.length && s[k].start < range.end; k++) {
      const a = Math.max(s[k].start, range.start);
      const b = Math.min(s[k].end, range.end);
      if (a < b) out.push({ start: a, end: b });
    }
    return out;
  }

  /** Whether every character of a non-empty range lies in the spans (an empty one: touches them). */
  covers(range: Span): boolean {
    if (range.start === range.end) return this.touches(range);
    const i = this.firstEndingAfter(range.start, false);
    const s = this.spans[i];
    return !!s && s.start <= range.start && s.end >= range.end;
  }
}

/**
 * Whether a range touches one of `spans` (half-open, sorted or not) of a text of length
 * `length`: it shares a character with it, or, empty, sits inside it (or at its end when
 * the span ends the text).
 */
export function touchesSpans(range: Span, spans: readonly Span[] | SpanSet, length: number): boolean {
  return (spans instanceof SpanSet ? spans : new SpanSet(spans, length)).touches(range);
}

/**
 * Where spans of a text lie once `edits` (non-overlapping) are applied to it. A span grows
 * to hold an edit that crosses its boundary; text inserted exactly at a boundary stays
 * outside at the end and inside at the start. One sweep over the positions in order.
 */
export function mapSpans(spans: readonly Span[], edits: readonly Edit[]): Span[] {
  const sorted = [...edits].sort(byStart);
  const points = spans.flatMap((s, i) => [
    { p: s.start, side: 'start' as const, i },
    { p: s.end, side: 'end' as const, i },
  ]);
  points.sort((a, b) => a.p - b.p);
  const mapped = new Array<number>(points.length);
  let k = 0;
  let delta = 0;
  points.forEach((pt, n) => {
    // Edits wholly before p (ending before it, or ending at it and not empty) shift it.
    while (k < sorted.length && (sorted[k].end < pt.p || (sorted[k].end === pt.p && sorted[k].start < pt.p))) {
      delta += sorted[k].text.length - (sorted[k].end - sorted[k].start);
      k++;
    }
    const e = sorted[k];
    mapped[n] = e && e.start < pt.p ? e.start + delta + (pt.side === 'end' ? e.text.length : 0) : pt.p + delta;
  });
  const starts = new Array<number>(spans.length);
  const ends = new Array<number>(spans.length);
  points.forEach((pt, n) => (pt.side === 'start' ? (starts[pt.i] = mapped[n]) : (ends[pt.i] = mapped[n])));
  return spans.map((_, i) => ({ start: starts[i], end: Math.max(starts[i], ends[i]) }));
}
