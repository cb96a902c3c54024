/**
 * Code actions: each finding's fixes (the certain one preferred), "fix all of this rule", the
 * project decisions about an abbreviation (allow it; add its meaning), turning a rule off for a
 * line (Markdown, where the comment is invisible) or for the file (.vnstyle.json), "fix all" in
 * the file, and `source.fixAll.vnstyle` for fix-on-save. "Fix all" edits are computed when the
 * client resolves the action, when it can.
 */
import { CodeAction, CodeActionKind, type CodeActionParams, type Command, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang } from '../core/types';
import { RULES } from '../core/rules';
import { AbbreviationDictionary } from '../core/dictionary';
import type { Checked } from './checker';
import { findingOf, minimalEdit, toTextEdits } from './convert';
import { fixText } from './engine';
import { msg } from './messages';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vnstyle`;

export const COMMANDS = {
  lintDocument: 'vnstyle.server.lintDocument',
  lintWorkspace: 'vnstyle.server.lintWorkspace',
  fixAll: 'vnstyle.server.fixAll',
  showConfiguration: 'vnstyle.server.showConfiguration',
  allow: 'vnstyle.server.allow',
  addMeaning: 'vnstyle.server.addMeaning',
  disableRuleForFile: 'vnstyle.server.disableRuleForFile',
  rules: 'vnstyle.server.rules',
  status: 'vnstyle.server.status',
} as const;

/** What `codeAction/resolve` needs to compute a "fix all" edit. */
interface FixAllData {
  uri: string;
  version: number;
  rule?: string;
}

const RULE = new Map(RULES.map((r) => [r.id, r]));

/** The abbreviation a finding is about, when the project can decide on it (allow it; give its meaning when the rule uses one). */
export function abbreviationOf(f: Finding): { abbr: string; meaning: boolean } | undefined {
  const meta = RULE.get(f.ruleId)?.meta;
  return meta?.category === 'abbreviation' && typeof f.data?.abbr === 'string' ? { abbr: f.data.abbr, meaning: meta.usesMeaning === true } : undefined;
}

const wants = (only: string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export interface ActionContext {
  /** The client resolves code actions (edits are computed then). */
  resolves: boolean;
  /** The client takes versioned document edits. */
  documentChanges: boolean;
}

export function codeActions(doc: TextDocument, checked: Checked, params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const only = params.context.only;
  const lang = checked.input.lang;
  const fixable = checked.result.findings.some((f) => f.fixes.some((x) => x.preferred));
  if (only && wants(only, FIX_ALL_KIND) && !wants(only, CodeActionKind.QuickFix)) {
    return fixable ? [fixAll(doc, checked, lang, FIX_ALL_KIND, { resolves: false, documentChanges: ctx.documentChanges })] : [];
  }
  if (!wants(only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  const findings = checked.result.findings;
  let pairs = params.context.diagnostics.flatMap((d) => {
    const f = findingOf(doc, findings, d);
    return f ? [{ f, d }] : [];
  });
  if (!pairs.length) {
    // A client that sends no diagnostics back (or none we recognise): the findings under the range.
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    pairs = findings.flatMap((f, i) => (f.start <= end && start <= f.end ? [{ f, d: checked.diagnostics[i] }] : []));
  }
  for (const { f, d } of pairs) actions.push(...forFinding(doc, checked, f, d, ctx));
  if (fixable && actions.length) actions.push(fixAll(doc, checked, lang, CodeActionKind.QuickFix, ctx));
  return actions;
}

function forFinding(doc: TextDocument, checked: Checked, f: Finding, diagnostic: Diagnostic, ctx: ActionContext): CodeAction[] {
  const lang = checked.input.lang;
  const actions: CodeAction[] = f.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred || undefined,
    edit: documentEdit(doc, toTextEdits(doc, fix.edits), ctx),
  }));
  const sameRule = checked.result.findings.filter((x) => x.ruleId === f.ruleId && x.fixes.some((y) => y.preferred));
  if (sameRule.length > 1) actions.push(fixAll(doc, checked, lang, CodeActionKind.QuickFix, ctx, f.ruleId));
  const about = abbreviationOf(f);
  if (about) {
    const { abbr } = about;
    actions.push(command(msg(lang, 'allow', { abbr }), diagnostic, COMMANDS.allow, [doc.uri, abbr]));
    if (about.meaning) {
      // No meaning yet (the client asks for it); the dictionary's meanings to start from.
      const senses = new AbbreviationDictionary(checked.input.config.abbreviations).lookup(abbr)?.senses ?? [];
      actions.push(command(msg(lang, 'addMeaning', { abbr }), diagnostic, COMMANDS.addMeaning, [doc.uri, abbr, null, senses]));
    }
  }
  const line = doc.positionAt(f.start).line;
  if (checked.input.format === 'markdown' && startsBlock(doc, line)) {
    // An HTML comment is invisible in Markdown; on a line of its own it would split a paragraph, so only above a block's first line.
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(text)![0];
    const eol = /\r\n|\r|\n/.exec(doc.getText())?.[0] ?? '\n';
    const edit = [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- vnstyle-disable-next-line ${f.ruleId} -->${eol}` },
    ];
    actions.push({
      title: msg(lang, 'disableLine', { rule: f.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: documentEdit(doc, edit, ctx),
    });
  } else if (checked.path) {
    actions.push(command(msg(lang, 'disableFile', { rule: f.ruleId }), diagnostic, COMMANDS.disableRuleForFile, [doc.uri, f.ruleId]));
  }
  return actions;
}

/** The line begins a block (first line, or after a blank line): a comment line above it changes nothing that is published. */
function startsBlock(doc: TextDocument, line: number): boolean {
  if (line === 0) return true;
  const before = doc.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } });
  return before.trim() === '';
}

function command(title: string, diagnostic: Diagnostic, id: string, args: unknown[]): CodeAction {
  const c: Command = { title, command: id, arguments: args };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: c };
}

function fixAll(doc: TextDocument, checked: Checked, lang: Lang, kind: string, ctx: ActionContext, rule?: string): CodeAction {
  const action: CodeAction = { title: rule ? msg(lang, 'fixAllOfRule', { rule }) : msg(lang, 'fixAllInFile'), kind };
  const data: FixAllData = { uri: doc.uri, version: doc.version, rule };
  if (ctx.resolves) action.data = data;
  else action.edit = fixAllEdit(doc, checked, data, ctx);
  return action;
}

/** The edit of a "fix all" action (resolve). */
export function fixAllEdit(doc: TextDocument, checked: Checked, data: FixAllData, ctx: Pick<ActionContext, 'documentChanges'>): WorkspaceEdit | undefined {
  const text = doc.getText();
  const edit = minimalEdit(text, fixText({ ...checked.input, text }, data.rule ? new Set([data.rule]) : undefined));
  return edit ? documentEdit(doc, toTextEdits(doc, [edit]), ctx) : undefined;
}

export function isFixAllData(v: unknown): v is FixAllData {
  return typeof v === 'object' && v !== null && typeof (v as FixAllData).uri === 'string' && typeof (v as FixAllData).version === 'number';
}

function documentEdit(doc: TextDocument, edits: ReturnType<typeof toTextEdits>, ctx: Pick<ActionContext, 'documentChanges'>): WorkspaceEdit {
  return ctx.documentChanges ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] } : { changes: { [doc.uri]: edits } };
}
