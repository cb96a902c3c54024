/**
 * The engine: text in, findings out (`lint`), and preferred fixes applied to a
 * fixpoint (`applyFixes`). Pure: no fs, no vscode, no process.
 *
 * Every report is checked and a rule that breaks the contract is named (STYLE.md 7).
 * Suppression comments and severities are post-processing here, never rule code.
 */
import type { Edit, Finding, Fix, Format, Lang, Severity, Span } from './types';
import { Article, Block } from './article';
import { BlockCache } from './block-cache';
import { dataIn, formatMessage, Report, Rule, RuleContext, Today } from './rule';
import { resolveConfig, ResolvedConfig } from './config';
import { AbbreviationDictionary } from './dictionary';
import { suppressionsOf } from './directives';
import { applyEdits, mapSpans, SpanSet } from './edits';
import { nfcView, NfcView } from './nfc-view';

export { applyEdits, BlockCache };
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
  /**
   * The document's block cache (editors: one per open document): block-level rules re-run only on
   * blocks it does not hold. The findings are the same with and without it.
   */
  cache?: BlockCache;
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
  // Rules read the NFC view (all but unicode-nfc): NFD and NFC input get the same advice.
  const view = nfcView(text);
  const viewArticle = view ? new Article(view.text, article.format) : article;
  let dictionary = dictionaries.get(config);
  if (!dictionary) dictionaries.set(config, (dictionary = new AbbreviationDictionary(config.abbreviations)));
  const today = options.today ?? todayFromClock();
  const ruleIds = new Set(RULES.map((r) => r.id));
  const suppressed = suppressionsOf(article.directives);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const cache = options.cache;
  cache?.begin(config, today);

  for (const rule of rules) {
    if (options.only && !options.only.has(rule.id)) continue;
    const rc = config.rules[rule.id];
    const severity = rc?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    const reports: Report[] = [];
    const onView = view !== null && !rule.meta.readsSource;
    const read = onView ? viewArticle : article;
    const context: RuleContext = {
      article: read,
      options: rc?.options ?? {},
      config,
      house: config.house,
      dictionary,
      today,
      ruleIds,
      report: (r) => reports.push(r),
    };
    try {
      checkRule(rule, context, cache);
      const guard = new FixGuard(rule, read, failures);
      for (const r of rule.meta.perParagraph ? groupPerParagraph(read, reports, rule.meta.perParagraph) : reports) {
        let finding = toFinding(rule, r, severity, lang, read.text.length, guard);
        if (onView) finding = mapFinding(finding, view);
        if (!suppressed(rule.id, article.lines.lineAt(finding.start))) findings.push(finding);
      }
    } catch (e) {
      failures.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  cache?.end();
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { findings, failures, article };
}

/**
 * Run a rule: an article-level rule once; a block-level rule on each block of its kinds, in order,
 * through the cache when there is one. A block-level rule's reports (ranges and edits) must stay
 * inside the block: what it finds there may then depend on nothing else, and the cache can hold it.
 */
export function checkRule(rule: Rule, context: RuleContext, cache?: BlockCache): void {
  if (!rule.checkBlock) return rule.check!(context);
  const { article } = context;
  const kinds = rule.meta.blocks;
  const facts = rule.facts?.(context) ?? '';
  let block: Block;
  let found: Report[] = [];
  const blockContext: RuleContext = { ...context, report: (r) => found.push(r) };
  const run = (): Report[] => {
    found = [];
    rule.checkBlock!(block, blockContext, facts);
    for (const r of found) {
      const inside = (s: Span) => s.start >= block.start && s.end <= block.end;
      if (!inside(r) || ![r.fix, ...(r.suggestions ?? [])].every((f) => !f || f.edits.every(inside)) || !(r.removes ?? []).every(inside))
        throw new Error(`Rule "${rule.id}" is block-level but reported or edited outside its block [${block.start}, ${block.end}) (at ${r.start}).`);
    }
    return found;
  };
  for (const b of article.blocks) {
    if (kinds && !kinds.includes(b.kind)) continue;
    block = b;
    for (const r of cache ? cache.reports(rule.id, facts, b, article.text, article.mask, run) : run()) context.report(r);
  }
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

/** A finding read on the NFC view, with its offsets and edits back on the source. */
function mapFinding(f: Finding, view: NfcView): Finding {
  const map = <T extends Span>(x: T): T => {
    const start = view.toSource(x.start, 'start');
    return { ...x, start, end: x.end === x.start ? start : view.toSource(x.end, 'end') };
  };
  return { ...map(f), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => view.toSourceEdit(e)) })) };
}

/**
 * The invariants every certain fix keeps, checked here rather than trusted to each rule:
 * it edits prose only (never code, HTML, comments, URLs, front matter or markup, except the
 * whole lines a report declares in `removes`), and it changes no paragraph but the finding's
 * own (unless the rule declares `movesText`). A fix that breaks one is dropped, never applied,
 * and the rule is named in the failures.
 */
class FixGuard {
  private protectedSet?: SpanSet;

  constructor(
    private readonly rule: Rule,
    private readonly article: Article,
    private readonly failures: RuleFailure[],
  ) {}

  /** Why the certain fix of `r` may not be applied, or null. */
  violation(r: Report, fix: Fix): string | null {
    const { article, rule } = this;
    const text = article.text;
    const quote = (e: Span) => JSON.stringify(text.slice(e.start, Math.min(e.end, e.start + 40)));
    const removes = r.removes?.length ? new SpanSet(r.removes, text.length) : null;
    if (r.removes) {
      const lines = article.lines;
      const from = lines.starts[lines.lineAt(r.start)];
      const endLine = lines.lineAt(r.end);
      const to = endLine + 1 < lines.lineCount ? lines.starts[endLine + 1] : text.length;
      for (const s of r.removes)
        if (s.start < from || s.end > to || s.start > s.end)
          return `declares that it removes [${s.start}, ${s.end}), which is not a line of its finding [${r.start}, ${r.end}).`;
    }
    const prot = (this.protectedSet ??= protectedSpans(article));
    for (const e of fix.edits) {
      const touches = e.start < e.end ? prot.touches(e) : e.start > 0 && prot.covers({ start: e.start - 1, end: e.start + 1 });
      if (!touches) continue;
      if (removes && e.start < e.end && !/\S/.test(e.text) && prot.within(e).every((x) => removes.covers(x))) continue;
      return `proposed a certain fix that edits non-prose text (markup, code, HTML, a comment, a URL or front matter) at [${e.start}, ${e.end}) ${quote(e)}.`;
    }
    if (!rule.meta.movesText) {
      const own = blocksTouching(article, { start: r.start, end: r.end }, true);
      for (const e of fix.edits) {
        const other = blocksTouching(article, e, false).find((b) => !own.includes(b));
        if (other)
          return `proposed a certain fix for [${r.start}, ${r.end}) that changes another paragraph, at [${e.start}, ${e.end}) ${quote(e)}, without declaring meta.movesText.`;
      }
    }
    return null;
  }

  /** Record a violation once per rule and message. */
  fail(message: string): void {
    const m = `Rule "${this.rule.id}" ${message}`;
    if (!this.failures.some((f) => f.ruleId === this.rule.id && f.message === m)) this.failures.push({ ruleId: this.rule.id, message: m });
  }
}

/** Text no fix may edit: where the mask differs from the source (markup, code spans, URLs, directives), and whole code, HTML and front-matter lines. */
export function protectedSpans(article: Article): SpanSet {
  return article.analysis('protected', (a) => {
    const { text, mask } = a;
    const spans: Span[] = [...a.opaque];
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (mask.charCodeAt(i) === text.charCodeAt(i)) continue;
      let j = i + 1;
      while (j < n && mask.charCodeAt(j) !== text.charCodeAt(j)) j++;
      spans.push({ start: i, end: j });
      i = j;
    }
    return new SpanSet(spans, n);
  });
}

/** Blocks a range touches (sharing a character; an empty range, or with `inclusive` any range, also at a block's edge). */
function blocksTouching(article: Article, range: Span, inclusive: boolean): Article['blocks'] {
  const bs = article.blocks;
  let lo = 0;
  let hi = bs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bs[mid].end < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Article['blocks'] = [];
  const edge = inclusive || range.start === range.end;
  for (let i = lo; i < bs.length && bs[i].start <= range.end; i++) {
    const b = bs[i];
    if (edge ? b.start <= range.end && range.start <= b.end : b.start < range.end && range.start < b.end) out.push(b);
  }
  return out;
}

function toFinding(rule: Rule, r: GroupedReport, severity: Severity, lang: Lang, length: number, guard?: FixGuard): Finding {
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
    const fix = r.group
      ? checkedFix(rule, formatMessage(GROUP_TEXT.fix[lang], { count: r.group.count }, lang), r.group.edits, true, length)
      : toFix(rule, r.fix, true, lang, length);
    const why = guard?.violation(r, fix);
    if (why) guard!.fail(why);
    else fixes.push(fix);
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
    message: formatMessage(template[lang], r.data, lang) + (r.group ? formatMessage(GROUP_TEXT.message[lang], { count: r.group.count }, lang) : ''),
    ...(r.data ? { data: dataIn(r.data, lang) } : {}),
    start: r.start,
    end: r.end,
    fixes,
  };
}

function toFix(rule: Rule, f: NonNullable<Report['fix']>, preferred: boolean, lang: Lang, length: number): Fix {
  const template = rule.meta.messages[f.messageId];
  if (!template) throw new Error(`Rule "${rule.id}" reported a fix with an unknown messageId "${f.messageId}".`);
  return checkedFix(rule, formatMessage(template[lang], f.data, lang), f.edits, preferred, length);
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
 * at one point, or an edit touching another's inside, count as overlapping. Linear in the
 * edits' lengths: taken characters and insertion points are marked, not searched.
 */
export function nonOverlappingFixes(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.edits[0].start - b.edits[0].start);
  let size = 0;
  for (const f of sorted) for (const e of f.edits) size = Math.max(size, e.end + 1);
  // Per position: 1 = the character is edited, 2 = an insertion is there, 4 = an edit starts there.
  const marks = new Uint8Array(size + 1);
  const chosen: Fix[] = [];
  const clash = (e: Edit): boolean => {
    if (e.start === e.end) return (marks[e.start] & 6) !== 0 || (e.start > 0 && (marks[e.start - 1] & 1) !== 0 && (marks[e.start] & 1) !== 0);
    for (let i = e.start; i < e.end; i++) if (marks[i] & 3) return true;
    return false;
  };
  for (const f of sorted) {
    if (f.edits.some(clash)) continue;
    chosen.push(f);
    for (const e of f.edits) {
      marks[e.start] |= e.start === e.end ? 6 : 4;
      for (let i = e.start; i < e.end; i++) marks[i] |= 1;
    }
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
  /** The edits of each pass, on the text that pass read (for checking what changed). */
  passEdits: Edit[][];
  /** False when passes ran out with certain fixes still to apply. */
  converged: boolean;
  /**
   * Certain fixes held back because, in a later pass, they would change a paragraph that had
   * no finding in the text given (a cascade between rules): one entry per rule.
   */
  held: RuleFailure[];
}

/**
 * Apply preferred fixes, re-lint, repeat until nothing changes (at most `maxPasses`).
 * Encoding fixes (NFC, legacy mojibake) go alone in a pass, before any other.
 * With `scope` (spans of `text`), only findings touching those spans are fixed; the spans
 * follow the edits from pass to pass. Only paragraphs that had a finding in `text` are ever
 * changed: a later pass's fix elsewhere is held back (and named in `held`).
 */
export function applyFixes(text: string, options: LintOptions & { maxPasses?: number; scope?: readonly Span[] } = {}): FixResult {
  const maxPasses = options.maxPasses ?? 10;
  let scope = options.scope ? [...options.scope] : undefined;
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lint(current, options);
  const rules = options.rules ?? RULES;
  const encodingRules = new Set(rules.filter((r) => r.meta.category === 'encoding').map((r) => r.id));
  const movers = new Set(rules.filter((r) => r.meta.movesText).map((r) => r.id));
  const preferredOf = (f: Finding) => f.fixes.find((x) => x.preferred);
  // The paragraphs that had a finding (and those a text-moving fix reaches), followed through the passes.
  let allowed: Span[] = [];
  for (const f of result.findings) {
    for (const b of blocksTouching(result.article, f, true)) allowed.push(b);
    const p = preferredOf(f);
    if (p && movers.has(f.ruleId)) for (const e of p.edits) for (const b of blocksTouching(result.article, e, true)) allowed.push(b);
  }
  const passEdits: Edit[][] = [];
  const held = new Map<string, RuleFailure>();
  let converged = true;
  for (;;) {
    const scopeSet = scope ? new SpanSet(scope, current.length) : null;
    const allowedSet = new SpanSet(allowed, current.length);
    const article = result.article;
    const fixable = result.findings.filter((f) => {
      const p = preferredOf(f);
      if (!p || (scopeSet && !scopeSet.touches(f))) return false;
      const outside = passes > 0 && p.edits.some((e) => blocksTouching(article, e, false).some((b) => !allowedSet.touches(b)));
      if (outside && !held.has(f.ruleId))
        held.set(f.ruleId, {
          ruleId: f.ruleId,
          message: `Rule "${f.ruleId}" would change, in fix pass ${passes + 1}, a paragraph that had no finding (at ${f.start}): held back.`,
        });
      return !outside;
    });
    if (!fixable.length) break;
    if (passes >= maxPasses) {
      converged = false;
      break;
    }
    // Encoding first: other rules' fixes are computed on text that may still be mojibake or NFD.
    const encoding = fixable.filter((f) => encodingRules.has(f.ruleId));
    const chosen = nonOverlappingFixes((encoding.length ? encoding : fixable).map((f) => preferredOf(f)!));
    const edits = chosen.flatMap((f) => f.edits);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (scope) scope = mapSpans(scope, edits);
    allowed = mapSpans(allowed, edits);
    passEdits.push(edits);
    current = next;
    applied += chosen.length;
    passes++;
    result = lint(current, options);
  }
  return { text: current, passes, applied, result, passEdits, converged, held: [...held.values()], ...(scope ? { scope: [...scope] } : {}) };
}
