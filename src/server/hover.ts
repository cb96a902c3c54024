/** Hover over a finding: the rule's description, why it exists, one of its examples, and its page. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/types';
import type { Rule } from '../core/rule';
import { RULES } from '../core/rules';
import type { Checked } from './checker';
import { rangeOf, ruleDocs } from './convert';
import { msg } from './messages';

const RULE = new Map(RULES.map((r) => [r.id, r]));

export function hover(doc: TextDocument, checked: Checked, position: Position, docsTemplate: string | undefined): Hover | null {
  const at = doc.offsetAt(position);
  const here = checked.result.findings.filter((f) => f.start <= at && at <= f.end);
  const ids = [...new Set(here.map((f) => f.ruleId))];
  if (!ids.length) return null;
  const parts = ids.map((id) => ruleHover(RULE.get(id)!, checked.input.lang, docsTemplate));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: rangeOf(doc, here[0].start, here[0].end) };
}

export function ruleHover(rule: Rule, lang: Lang, docsTemplate: string | undefined): string {
  const out = [`**vnstyle · ${rule.id}** — ${rule.meta.description[lang]}`];
  if (rule.meta.rationale[lang]) out.push(rule.meta.rationale[lang]);
  const example = exampleOf(rule);
  if (example) {
    const bad = `${msg(lang, 'hoverBad')}: ${code(example.bad)}`;
    out.push(`*${msg(lang, 'hoverExample')}* — ${example.good === undefined ? bad : `${bad} → ${msg(lang, 'hoverGood')}: ${code(example.good)}`}`);
  }
  out.push(`[${msg(lang, 'hoverDocs')}](${ruleDocs(rule.id, docsTemplate)})`);
  return out.join('\n\n');
}

/** The line of the rule's first invalid example that holds the flagged text, and the same line once fixed. */
function exampleOf(rule: Rule): { bad: string; good?: string } | undefined {
  const ex = rule.meta.examples.invalid[0];
  if (!ex) return undefined;
  const lines = ex.text.split('\n');
  const i = lines.findIndex((l) => l.includes('⟦'));
  if (i < 0) return undefined;
  const bad = lines[i].replace(/[⟦⟧]/g, '');
  const fixed = ex.output !== undefined && ex.output !== ex.text.replace(/[⟦⟧]/g, '') ? ex.output : ex.fixes?.[ex.preferred ?? 0];
  const fixedLines = fixed?.split('\n');
  const good = fixedLines?.length === lines.length ? fixedLines[i] : undefined; // a fix that adds or removes lines has no line to pair
  return { bad, good: good !== undefined && good !== bad ? good : undefined };
}

/** Inline code that survives backticks in the text. */
function code(s: string): string {
  const ticks = '`'.repeat(Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length)) + 1);
  return `${ticks}${s.startsWith('`') || s.endsWith('`') ? ` ${s} ` : s}${ticks}`;
}
