/**
 * Adversarial inputs for the growth section: each builds an article of about `n` characters whose
 * cost must grow linearly with `n`. Same shape as the fuzzer's pattern list (issue 10), which
 * replaces this file when it lands.
 */
import type { Format } from '../src/core/types';

export interface Pattern {
  name: string;
  format: Format;
  mode?: 'lint' | 'fix';
  make(n: number): string;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const PATTERNS: Pattern[] = [
  { name: 'brackets ((((', format: 'text', make: (n) => `Tít\n\n${'('.repeat(n / 2)}${')'.repeat(n / 2)}` },
  { name: 'capitals ABC ABC', format: 'text', make: (n) => `Tít\n\n${repeat('ABC ', n)}` },
  { name: 'digits 1/1/1/1', format: 'text', make: (n) => `Tít\n\n${repeat('1/', n)}` },
  { name: 'dots ....', format: 'text', make: (n) => `Tít\n\n${'.'.repeat(n)}` },
  { name: 'one long word', format: 'text', make: (n) => `Tít\n\n${'a'.repeat(n)}` },
  { name: 'markdown ***[`', format: 'markdown', make: (n) => `# Tít\n\n${repeat('*[`', n)}` },
];
