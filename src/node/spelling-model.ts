/** Node hosts (the command, the extension, the scripts) read the spelling model file on first use. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setSpellingModelSource } from '../core/text/spelling-model';

/** The model beside the bundle (dist/spelling-model.bin; scripts/build.mjs copies it there). */
export const SPELLING_MODEL_FILE = path.join(__dirname, 'spelling-model.bin');

export function installSpellingModel(file = SPELLING_MODEL_FILE): void {
  setSpellingModelSource(() => {
    try {
      return fs.readFileSync(file);
    } catch (e) {
      throw new Error(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? e}); reinstall vnstyle or rebuild with npm run build`);
    }
  });
}
