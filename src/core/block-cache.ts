/**
 * The per-block cache of block-level rules' reports, one per open document: a keystroke re-runs
 * block-level rules on the block that changed only (article-level rules run every time).
 *
 * An entry is keyed by the rule, the block as the rule sees it (text, prose mask, kind, flags) and
 * the facts the rule declares; the whole cache belongs to one effective configuration and one
 * "today", and is emptied when either changes. Reports are kept relative to the block's start,
 * so a block that only moved (text inserted above it) is a hit. Entries a lint did not use are
 * dropped after it: the cache holds one document's current blocks, not its history.
 */
import type { Block } from './article';
import type { ResolvedConfig } from './config';
import type { Report, Today } from './rule';

export class BlockCache {
  private entries = new Map<string, Report[]>();
  private used = new Map<string, Report[]>();
  private configKey = '';
  /** Blocks checked / taken from the cache by the last lint (for tests and the bench). */
  misses = 0;
  hits = 0;

  /** Called by the engine before a lint: a new configuration or day empties the cache. */
  begin(config: ResolvedConfig, today: Today): void {
    const key = `${today.year}-${today.month}-${today.day}\u0000${configKeyOf(config)}`;
    if (key !== this.configKey) {
      this.configKey = key;
      this.entries.clear();
    }
    this.used.clear();
    this.misses = this.hits = 0;
  }

  /** Called by the engine after a lint: keep only what it used. */
  end(): void {
    [this.entries, this.used] = [this.used, this.entries];
    this.used.clear();
  }

  /** The reports of `ruleId` on `block` (absolute), from the cache or from `run`. */
  reports(ruleId: string, facts: string, block: Block, text: string, mask: string, run: () => Report[]): Report[] {
    const source = text.slice(block.start, block.end);
    const prose = mask.slice(block.start, block.end);
    const key = `${ruleId}\u0000${block.kind}\u0000${block.level}\u0000${block.nested ? 1 : 0}${block.joined ? 1 : 0}\u0000${facts}\u0000${source}${prose === source ? '' : `\u0000${prose}`}`;
    const relative = this.used.get(key) ?? this.entries.get(key);
    if (relative) {
      this.hits++;
      this.used.set(key, relative);
      return block.start ? relative.map((r) => shift(r, block.start)) : relative;
    }
    this.misses++;
    const found = run();
    this.used.set(key, block.start ? found.map((r) => shift(r, -block.start)) : found);
    return found;
  }
}

const configKeys = new WeakMap<ResolvedConfig, string>();
function configKeyOf(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) configKeys.set(config, (key = JSON.stringify(config)));
  return key;
}

function shift(r: Report, by: number): Report {
  const out: Report = { ...r, start: r.start + by, end: r.end + by };
  const fix = (f: NonNullable<Report['fix']>) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) });
  if (r.fix) out.fix = fix(r.fix);
  if (r.suggestions) out.suggestions = r.suggestions.map(fix);
  if (r.removes) out.removes = r.removes.map((s) => ({ start: s.start + by, end: s.end + by }));
  return out;
}
