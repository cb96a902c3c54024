/**
 * The engine: text in, findings out (`lint`), and preferred fixes applied to a
 * fixpoint (`applyFixes`). Pure: no fs, no vscode, no process.
 *
 * Every report is checked and a rule that breaks the contract is named (STYLE.md 7).
 * Suppression comments and severities are post-processing here, never rule code.
 */
import type { Edit, Finding, Fix, Format, Lang, Severity, Span } from './types';
import { Article } from './article';
import { formatMessage, Report, Rule, RuleContext, Today } from './rule';
import { resolveConfig, ResolvedConfig } from './config';
import { AbbreviationDictionary } from './dictionary';
import { suppressionsOf } from './directives';
import { applyEdits, mapSpans, touchesSpans } from './edits';

export { applyEdits };
import { RULES } from './rules';

export interface LintOptions {
  format?: Format;
  /** The effective configuration (default: the `recommended` profile). */
  config?: ResolvedConfig;
  /** Language of messages and fix titles. */
  lang?: Lang;
  /** "Today", for reading two-digit years (default: the clock). */
  today?: Today;
  /** Run only these rules (the command's --rule). */
  only?: ReadonlySet<string>;
  /** The rule set (default: every registered rule). */
  rules?: readonly Rule[];
}

/** A rule that broke the contract or threw: reported, never silently dropped. */
export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  failures: RuleFailure[];
  article: Article;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function todayFromClock(): Today {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const dictionaries = new WeakMap<ResolvedConfig, AbbreviationDictionary>();
let defaultConfig: ResolvedConfig | undefined;

export function lint(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? RULES;
  const config = options.config ?? (defaultConfig ??= resolveConfig({}, RULES));
  const lang = options.lang ?? 'vi';
  const article = new Article(text, options.format ?? 'text');
  let dictionary = dictionaries.get(config);
  if (!dictionary) dictionaries.set(config, (dictionary = new AbbreviationDictionary(config.abbreviations)));
  const today = options.today ?? todayFromClock();
  const ruleIds = new Set(RULES.map((r) => r.id));
  const suppressed = suppressionsOf(article.directives);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];

  for (const rule of rules) {
    if (options.only && !options.only.has(rule.id)) continue;
    const rc = config.rules[rule.id];
    const severity = rc?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    const reports: Report[] = [];
    const context: RuleContext = {
      article,
      options: rc?.options ?? {},
      config,
      house: config.house,
      dictionary,
      today,
      ruleIds,
      report: (r) => reports.push(r),
    };
    try {
      rule.check(context);
      for (const r of rule.meta.perParagraph ? groupPerParagraph(article, reports, rule.meta.perParagraph) : reports) {
        const finding = toFinding(rule, r, severity, lang, text.length);
        if (!suppressed(rule.id, article.lines.lineAt(finding.start))) findings.push(finding);
      }
    } catch (e) {
      failures.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings, failures, article };
}

/** Reports merged by `groupPerParagraph`: how many, and every edit of their certain fixes. */
interface GroupedReport extends Report {
  group?: { count: number; edits: Edit[] };
}

const GROUP_TEXT = {
  message: { vi: ' Đoạn này có {count} chỗ như vậy.', en: ' This paragraph has {count} such places.' },
  fix: { vi: 'Sửa cả {count} chỗ trong đoạn', en: 'Fix all {count} in this paragraph' },
};

/**
 * A house choice broken the same way several times in one paragraph is one finding (the first
 * place) whose certain fix converts them all: an editor sees one squiggle, not forty.
 */
function groupPerParagraph(article: Article, reports: Report[], ids: readonly string[]): GroupedReport[] {
  const out: GroupedReport[] = [];
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const block = article.blockAt(r.start);
    if (!block || !r.fix || !ids.includes(r.messageId)) out.push(r);
    else {
      const key = `${block.start}:${r.messageId}`;
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [r]);
    }
  }
  for (const g of groups.values()) {
    if (g.length === 1) out.push(g[0]);
    else out.push({ ...g[0], group: { count: g.length, edits: g.flatMap((r) => r.fix!.edits) } });
  }
  return out;
}

function toFinding(rule: Rule, r: GroupedReport, severity: Severity, lang: Lang, length: number): Finding {
  const where = `Rule "${rule.id}" reported`;
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end < r.start || r.end > length)
    throw new Error(`${where} an invalid range [${r.start}, ${r.end}) for a text of length ${length}.`);
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`${where} an unknown messageId "${r.messageId}".`);
  const fixes: Fix[] = [];
  const canFix = rule.meta.fixable === 'fix' || rule.meta.fixable === 'both';
  const canSuggest = rule.meta.fixable === 'suggestion' || rule.meta.fixable === 'both';
  if (r.fix) {
    if (!canFix) throw new Error(`${where} a fix but its meta.fixable is ${JSON.stringify(rule.meta.fixable)}.`);
    fixes.push(r.group ? checkedFix(rule, formatMessage(GROUP_TEXT.fix[lang], { count: r.group.count }), r.group.edits, true, length) : toFix(rule, r.fix, true, lang, length));
  }
  for (const s of r.suggestions ?? []) {
    if (!canSuggest) throw new Error(`${where} a suggestion but its meta.fixable is ${JSON.stringify(rule.meta.fixable)}.`);
    fixes.push(toFix(rule, s, false, lang, length));
  }
  const sev = r.demote && SEVERITY_RANK[r.demote] < SEVERITY_RANK[severity] ? r.demote : severity;
  return {
    ruleId: rule.id,
    severity: sev,
    messageId: r.messageId,
    message: formatMessage(template[lang], r.data) + (r.group ? formatMessage(GROUP_TEXT.message[lang], { count: r.group.count }) : ''),
    ...(r.data ? { data: r.data } : {}),
    start: r.start,
    end: r.end,
    fixes,
  };
}

function toFix(rule: Rule, f: NonNullable<Report['fix']>, preferred: boolean, lang: Lang, length: number): Fix {
  const template = rule.meta.messages[f.messageId];
  if (!template) throw new Error(`Rule "${rule.id}" reported a fix with an unknown messageId "${f.messageId}".`);
  return checkedFix(rule, formatMessage(template[lang], f.data), f.edits, preferred, length);
}

function checkedFix(rule: Rule, title: string, given: readonly Edit[], preferred: boolean, length: number): Fix {
  if (!given.length) throw new Error(`Rule "${rule.id}" reported a fix without edits.`);
  const edits = [...given].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end < e.start || e.end > length || typeof e.text !== 'string')
      throw new Error(`Rule "${rule.id}" reported a fix edit with an invalid range [${e.start}, ${e.end}).`);
    if (i > 0 && e.start < edits[i - 1].end) throw new Error(`Rule "${rule.id}" reported a fix whose edits overlap.`);
  }
  return { title, edits, preferred };
}


/**
 * Choose fixes whose edits overlap none chosen before (in text order). Two insertions
 * at one point, or an edit touching another's inside, count as overlapping.
 */
export function nonOverlappingFixes(fixes: readonly Fix[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: Edit[] = [];
  const sorted = [...fixes].sort((a, b) => a.edits[0].start - b.edits[0].start);
  const clash = (a: Edit, b: Edit) => a.start < b.end && b.start < a.end || (a.start === b.start && (a.start === a.end || b.start === b.end));
  for (const f of sorted) {
    if (f.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    chosen.push(f);
    taken.push(...f.edits);
  }
  return chosen;
}

export interface FixResult {
  text: string;
  /** Lint passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  applied: number;
  /** What is left after the last pass. */
  result: LintResult;
  /** The `scope` option's spans, where they lie in the fixed text. */
  scope?: Span[];
}

/**
 * Apply preferred fixes, re-lint, repeat until nothing changes (at most `maxPasses`).
 * Encoding fixes (NFC, legacy mojibake) go alone in a pass, before any other.
 * With `scope` (spans of `text`), only findings touching those spans are fixed; the spans
 * follow the edits from pass to pass.
 */
export function applyFixes(text: string, options: LintOptions & { maxPasses?: number; scope?: readonly Span[] } = {}): FixResult {
  const maxPasses = options.maxPasses ?? 10;
  let scope = options.scope;
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lint(current, options);
  const rules = options.rules ?? RULES;
  const encodingRules = new Set(rules.filter((r) => r.meta.category === 'encoding').map((r) => r.id));
  while (passes < maxPasses) {
    // Encoding first: other rules' fixes are computed on text that may still be mojibake or NFD.
    const fixable = result.findings.filter((f) => f.fixes.some((x) => x.preferred) && (!scope || touchesSpans(f, scope, current.length)));
    const encoding = fixable.filter((f) => encodingRules.has(f.ruleId));
    const preferred = (encoding.length ? encoding : fixable).flatMap((f) => f.fixes.filter((x) => x.preferred));
    const chosen = nonOverlappingFixes(preferred);
    if (!chosen.length) break;
    const edits = chosen.flatMap((f) => f.edits);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (scope) scope = mapSpans(scope, edits);
    current = next;
    applied += chosen.length;
    passes++;
    result = lint(current, options);
  }
  return { text: current, passes, applied, result, ...(scope ? { scope: [...scope] } : {}) };
}
