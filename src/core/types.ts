/**
 * The contracts shared by the engine, the rules and every adapter.
 * Offsets are UTF-16 code-unit indices into the text the engine was given
 * (what JavaScript strings and VS Code use); ranges are half-open [start, end).
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Lang = 'vi' | 'en';
export type Format = 'text' | 'markdown';

/** A string in both UI languages. Vietnamese first: the users are Vietnamese editors. */
export interface Localized {
  vi: string;
  en: string;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** Certain: applied by --fix, "fix all" and fix-on-save. At most one per finding. */
  preferred: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fixes: Fix[];
}

export interface Span {
  start: number;
  end: number;
}
