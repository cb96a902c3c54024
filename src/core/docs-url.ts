/** Where a rule's documentation page lives (diagnostics link to it). */
export const DOCS_BASE = 'https://github.com/vnstyle/vnstyle/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
