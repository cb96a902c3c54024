import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Today } from '../../src/core/rule';
import { installSpellingModel } from '../../src/node/spelling-model';

/** A fixed "today" so two-digit years read the same in every run. */
export const TODAY: Today = { year: 2026, month: 11, day: 28 };

/** Strip ⟦ ⟧ markers, returning the text and the marked ranges in order. */
export function parseMarked(marked: string): { text: string; ranges: Array<{ start: number; end: number }> } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') {
      const start = open.pop();
      if (start === undefined) throw new Error(`unbalanced ⟧ in ${marked}`);
      ranges.push({ start, end: text.length });
    } else text += ch;
  }
  if (open.length) throw new Error(`unbalanced ⟦ in ${marked}`);
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, ranges };
}

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** Every test reads the spelling model from the source tree (the rules' examples need it). */
/** The spelling model from the source tree (again after importing src/cli/lint-file, which installs the bundle's). */
export const useSourceSpellingModel = () => installSpellingModel(path.join(ROOT, 'src', 'data', 'spelling-model.bin'));
useSourceSpellingModel();
/** ../shared next to the checkout (absent on machines without it: tests skip). */
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const hasShared = fs.existsSync(path.join(SHARED, 'samples', 'an-nhon.txt'));
