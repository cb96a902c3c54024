/**
 * The server's only calls into the engine. An open document is linted through its own block
 * cache: a keystroke re-runs block-level rules on the changed block only.
 */
import type { Format, Lang } from '../core/types';
import type { ResolvedConfig } from '../core/config';
import { applyFixes, lint, todayFromClock, type BlockCache, type LintResult } from '../core/engine';

export interface LintInput {
  text: string;
  format: Format;
  config: ResolvedConfig;
  lang: Lang;
}

export function lintText(input: LintInput, cache?: BlockCache): LintResult {
  return lint(input.text, { format: input.format, config: input.config, lang: input.lang, today: todayFromClock(), cache });
}

/** The text after every preferred fix (of `only` these rules), to a fixpoint. */
export function fixText(input: LintInput, only?: ReadonlySet<string>): string {
  return applyFixes(input.text, { format: input.format, config: input.config, lang: input.lang, today: todayFromClock(), only }).text;
}
