/**
 * What a rule is: one typed object with all of its facts (STYLE.md 1–6) and one check
 * function that reports through the context with absolute offsets: `check` for an
 * article-level rule, `checkBlock` for a block-level one (see `Scope`).
 */
import type { Edit, Format, Lang, Localized, Severity, Span } from './types';
import type { Article, Block, BlockKind } from './article';
import type { House, ResolvedConfig, UserConfig } from './config';
import type { AbbreviationDictionary } from './dictionary';

export type Category = 'abbreviation' | 'date' | 'byline' | 'structure' | 'encoding' | 'spelling' | 'typography' | 'capitalization';

/** A subset of JSON Schema: what rule options need, and what the config schema file emits. */
export type OptionSchema =
  | { type: 'string'; enum?: string[]; default: string | null; description: Localized }
  | { type: 'boolean'; default: boolean; description: Localized }
  | { type: 'integer'; minimum?: number; maximum?: number; default: number; description: Localized }
  | { type: 'array'; items: { type: 'string' }; default: string[]; description: Localized };

/** Configuration an example runs with (defaults: the `recommended` profile). */
export interface ExampleConfig extends Omit<UserConfig, 'house' | 'rules' | 'extends' | 'overrides' | 'ignores'> {
  house?: Partial<House>;
  options?: Record<string, unknown>;
}

export interface ValidExample {
  text: string;
  format?: Format;
  config?: ExampleConfig;
}

/**
 * An example the rule must report. Mark each expected range in `text` with ⟦ and ⟧;
 * `findings` lists the message id of each, in order.
 */
export interface InvalidExample extends ValidExample {
  findings: string[];
  /** The text after --fix (preferred fixes, to a fixpoint). Required when the rule can fix. */
  output?: string;
  /** For the first finding: the text after applying each of its fixes, in order. */
  fixes?: string[];
  /** Index of the preferred fix among `fixes`, or null when none is preferred. */
  preferred?: number | null;
}

/**
 * What a rule sees. 'block': one block at a time (`checkBlock`), its findings a function of that
 * block alone — its text, prose mask, kind and flags — and of the configuration (and of the facts
 * the rule declares with `facts`), so an editor re-runs it only on the blocks that changed.
 * 'article': the whole article at once (`check`): first use, consistency, majority, balance.
 */
export type Scope = 'block' | 'article';

/** The kinds of block that hold text to check: all but residue and the dateline (dateline-format's). */
export const TEXT_BLOCKS: readonly BlockKind[] = ['title', 'lead', 'paragraph', 'heading', 'caption', 'byline'];
/** Every kind of block but residue (web-residue's). */
export const NON_RESIDUE_BLOCKS: readonly BlockKind[] = [...TEXT_BLOCKS, 'dateline'];

export interface RuleMeta {
  category: Category;
  scope: Scope;
  /** The kinds of block the rule reads (a block rule is only given these). Default: every kind. */
  blocks?: readonly BlockKind[];
  description: Localized;
  /** Why the rule exists, for its documentation page. */
  rationale: Localized;
  /** Default severity (the `recommended` profile may change it; profiles are data). */
  severity: Severity;
  /** 'fix' = certain fixes (preferred); 'suggestion' = offered only; 'both'; false = none. */
  fixable: 'fix' | 'suggestion' | 'both' | false;
  /** The house choices the rule reads (documented on its page; the tests check it reads no other). */
  house?: Array<keyof House>;
  /** Where the rule comes from: sections of the style reference. */
  sources: string[];
  /**
   * The finding's `data.abbr` is an abbreviation whose meaning comes from the dictionary, so a
   * meaning added to the project's `abbreviations` changes what the finding asks for (editors
   * offer "add the meaning of X"). Abbreviation rules all honour `allow`.
   */
  usesMeaning?: boolean;
  messages: Record<string, Localized>;
  /**
   * Message ids of house-choice findings that the engine reports once per paragraph when the
   * same choice is broken several times there: one finding, one fix converting them all.
   */
  perParagraph?: string[];
  options?: Record<string, OptionSchema>;
  /**
   * The rule's certain fix may change a paragraph other than the finding's: it moves a definition
   * to the first use, or writes "(ABBR)" after a full form given in an earlier paragraph. Without
   * it, the engine drops a certain fix that does.
   */
  movesText?: boolean;
  /**
   * The rule reads the text as written. Every other rule reads its NFC view (decomposed letters
   * composed), so NFD and NFC input get the same advice; only the rule reporting NFD needs the source.
   */
  readsSource?: boolean;
  examples: { valid: ValidExample[]; invalid: InvalidExample[] };
}

/**
 * A placeholder's value: the same in every language (a quoted word, a number), or worded per
 * language (`{ vi, en }`), which the message in each language picks.
 */
export type MessageValue = string | number | Localized;
export type MessageData = Record<string, MessageValue>;

export interface FixReport {
  /** Message id of the fix title. */
  messageId: string;
  data?: MessageData;
  edits: Edit[];
}

/**
 * A fix replacing one range (a word, a mark, a span) with `text`; `text` '' deletes it. Its title is
 * the rule's `fix` message with the replacement as `{fixed}` unless another message is given.
 */
export function replaceFix(
  range: Span,
  text: string,
  title: { messageId: string; data?: MessageData } = { messageId: 'fix', data: { fixed: text } },
): FixReport {
  return { ...title, edits: [{ start: range.start, end: range.end, text }] };
}

export interface Report {
  start: number;
  end: number;
  messageId: string;
  data?: MessageData;
  /** A certain fix: applied by --fix and fix-on-save. */
  fix?: FixReport;
  /** Fixes offered to a person, never applied automatically. */
  suggestions?: FixReport[];
  /** Report this finding at a lower severity than the rule's (e.g. unconfirmed data). */
  demote?: Severity;
  /**
   * Whole lines of the finding (with their line breaks) that its certain fix deletes although
   * they hold markup (a residue line written as a link or in bold). Any other non-prose text
   * (code, HTML, comments, URLs, front matter, markup) is never edited: the engine drops a
   * certain fix that would, and names the rule.
   */
  removes?: Span[];
}

export interface Today {
  year: number;
  month: number;
  day: number;
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly article: Article;
  readonly options: O;
  readonly config: ResolvedConfig;
  readonly house: House;
  readonly dictionary: AbbreviationDictionary;
  readonly today: Today;
  /** Ids of every registered rule (for the directive check). */
  readonly ruleIds: ReadonlySet<string>;
  report(report: Report): void;
}

export interface Rule<O = any> {
  id: string;
  meta: RuleMeta;
  /** An article-level rule: reads the whole article and reports with absolute offsets. */
  check?(context: RuleContext<O>): void;
  /**
   * A block-level rule: reads one block of `meta.blocks` (and nothing outside it but the facts
   * below, given as `facts`) and reports inside it, with absolute offsets.
   */
  checkBlock?(block: Block, context: RuleContext<O>, facts: string): void;
  /**
   * The article facts a block-level rule reads besides its block (e.g. the article's preferred
   * ellipsis), as a string: part of the block cache's key, so a change of facts re-runs every block.
   */
  facts?(context: RuleContext<O>): string;
}

/** Identity helper that types a rule's options from its schema. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** The value in `lang`: a worded value's wording, any other as it is. */
function valueIn(value: MessageValue, lang: Lang): string | number {
  return typeof value === 'object' ? value[lang] : value;
}

/** Fill `{name}` placeholders with `data`, each worded value in `lang`. */
export function formatMessage(template: string, data: MessageData | undefined, lang: Lang): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(valueIn(data[name], lang)) : m));
}

/** `data` with each worded value in `lang` (what a finding carries to the adapters). */
export function dataIn(data: MessageData, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k in data) out[k] = valueIn(data[k], lang);
  return out;
}
