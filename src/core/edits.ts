/** Text edits, shared by the engine and the rules that build a fixed text for a message. */
import type { Edit } from './types';

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
