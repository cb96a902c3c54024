/**
 * Baselines: findings a team has accepted, recorded by file, rule and a normalised
 * text anchor (the flagged text with a little of its line around it) rather than by
 * line number, so edits elsewhere in the file do not bring them back. Each entry
 * counts how many identical findings it accepts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/types';
import { LIMITS } from '../core/limits';
import { readRegularFile, ReadError } from './text-file';
import type { LineIndex } from '../core/text/line-index';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  anchor: string;
  count: number;
}

export interface BaselineFile {
  version: 1;
  tool: 'vnstyle';
  entries: BaselineEntry[];
}

const CONTEXT = 24;

/** The flagged text and up to 24 characters either side on its line, whitespace collapsed, NFC. */
export function anchorOf(text: string, finding: Pick<Finding, 'start' | 'end'>, lines: LineIndex): string {
  // Lines from the index: searching the text for the line breaks around each finding is quadratic.
  const lineStart = lines.starts[lines.lineAt(finding.start)];
  const lineEnd = lines.ends[lines.lineAt(finding.end)];
  const before = text.slice(Math.max(lineStart, finding.start - CONTEXT), finding.start);
  const after = text.slice(finding.end, Math.min(lineEnd, finding.end + CONTEXT));
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
  return `${norm(before)}⟦${norm(text.slice(finding.start, finding.end))}⟧${norm(after)}`.trim();
}

/** A baseline file that cannot be used: what is wrong, never its content. */
export class BaselineError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`baseline ${file}: ${reason}`);
  }
}

export class Baseline {
  private readonly remaining = new Map<string, number>();

  constructor(
    readonly file: string,
    entries: BaselineEntry[],
  ) {
    for (const e of entries) this.remaining.set(key(e.file, e.ruleId, e.anchor), (this.remaining.get(key(e.file, e.ruleId, e.anchor)) ?? 0) + e.count);
  }

  static load(file: string): Baseline {
    let data: BaselineFile;
    try {
      data = JSON.parse(new TextDecoder().decode(readRegularFile(file, LIMITS.configBytes * 16))) as BaselineFile;
    } catch (e) {
      if (e instanceof ReadError && e.problem === 'missing') return new Baseline(file, []);
      if (e instanceof ReadError)
        throw new BaselineError(
          file,
          e.problem === 'not-regular'
            ? `not a regular file (${e.detail})`
            : e.problem === 'too-large'
              ? 'too large'
              : `${e.problem}${e.detail ? ` (${e.detail})` : ''}`,
        );
      throw new BaselineError(file, 'not valid JSON');
    }
    const entries = (data as Partial<BaselineFile> | null)?.entries;
    if (
      data?.tool !== 'vnstyle' ||
      data.version !== 1 ||
      !Array.isArray(entries) ||
      !entries.every((x) => x && typeof x.file === 'string' && typeof x.ruleId === 'string' && typeof x.anchor === 'string' && Number.isInteger(x.count))
    )
      throw new BaselineError(file, 'not a vnstyle baseline (version 1)');
    return new Baseline(file, entries);
  }

  /** The path the baseline records for an article: relative to the baseline's folder, with /. */
  relative(filePath: string): string {
    return path
      .relative(path.dirname(path.resolve(this.file)), filePath)
      .split(path.sep)
      .join('/');
  }

  /** Remove accepted findings (each entry accepts `count` of them). */
  filter<T extends { ruleId: string; anchor: string }>(filePath: string, findings: T[]): T[] {
    const rel = this.relative(filePath);
    return findings.filter((f) => {
      const k = key(rel, f.ruleId, f.anchor);
      const n = this.remaining.get(k) ?? 0;
      if (n > 0) {
        this.remaining.set(k, n - 1);
        return false;
      }
      return true;
    });
  }
}

function key(file: string, ruleId: string, anchor: string): string {
  return `${file}\u0000${ruleId}\u0000${anchor}`;
}

/** Collects findings for --update-baseline and writes the file sorted (stable diffs). */
export class BaselineWriter {
  private readonly counts = new Map<string, BaselineEntry>();

  constructor(readonly file: string) {}

  add(filePath: string, findings: Array<{ ruleId: string; anchor: string }>): void {
    const rel = path
      .relative(path.dirname(path.resolve(this.file)), filePath)
      .split(path.sep)
      .join('/');
    for (const f of findings) {
      const k = key(rel, f.ruleId, f.anchor);
      const e = this.counts.get(k);
      if (e) e.count++;
      else this.counts.set(k, { file: rel, ruleId: f.ruleId, anchor: f.anchor, count: 1 });
    }
  }

  write(): number {
    const entries = [...this.counts.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.anchor, b.anchor));
    const data: BaselineFile = { version: 1, tool: 'vnstyle', entries };
    fs.writeFileSync(this.file, JSON.stringify(data, null, 2) + '\n');
    return entries.reduce((n, e) => n + e.count, 0);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
