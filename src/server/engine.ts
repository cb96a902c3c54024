/**
 * The server's only calls into the engine. Keep it so: a per-block lint cache (one-scan issue)
 * slots in here without the rest of the server changing.
 */
import type { Format, Lang } from '../core/types';
import type { ResolvedConfig } from '../core/config';
import { applyFixes, lint, todayFromClock, type LintResult } from '../core/engine';

export interface LintInput {
  text: string;
  format: Format;
  config: ResolvedConfig;
  lang: Lang;
}

export function lintText(input: LintInput): LintResult {
  return lint(input.text, { format: input.format, config: input.config, lang: input.lang, today: todayFromClock() });
}

/** The text after every preferred fix (of `only` these rules), to a fixpoint. */
export function fixText(input: LintInput, only?: ReadonlySet<string>): string {
  return applyFixes(input.text, { format: input.format, config: input.config, lang: input.lang, today: todayFromClock(), only }).text;
}
