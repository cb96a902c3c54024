/**
 * The abbreviation dictionary: curated data (src/data/abbreviations.json) plus the
 * user's `abbreviations` from configuration, which win. The article's own definitions
 * beat both; the rules see those through the abbreviation analysis.
 */
import data from '../data/abbreviations.json';

export interface DictionaryEntry {
  abbr: string;
  /** Full forms; the first is the main one. */
  senses: string[];
  /** Several plausible meanings: no fix is certain. */
  ambiguous: boolean;
  /** False for rows nobody has confirmed in a written source (provenance C). */
  confirmed: boolean;
  source: 'data' | 'config';
  provenance: string[];
  /** The table's domain ("party", "doc-type", …); "config" for the user's own. */
  domain: string;
  /** Meanings a preceding word settles ("Công ty CP" is cổ phần). */
  contexts: Array<{ sense: string; after: string[] }>;
}

interface DataEntry {
  abbr: string;
  domain: string;
  contexts?: Array<{ sense: string; after: string[] }>;
  senses: string[];
  confirmed: boolean;
  ambiguous: boolean;
  provenance: string[];
}

const builtIn = new Map<string, DictionaryEntry>(
  (data.entries as DataEntry[]).map((e) => [
    e.abbr,
    {
      abbr: e.abbr,
      senses: e.senses,
      ambiguous: e.ambiguous,
      confirmed: e.confirmed,
      source: 'data',
      provenance: e.provenance,
      domain: e.domain,
      contexts: e.contexts ?? [],
    },
  ]),
);

export class AbbreviationDictionary {
  private readonly user = new Map<string, DictionaryEntry>();

  constructor(user: Record<string, string | string[]> = {}) {
    for (const [abbr, value] of Object.entries(user)) {
      const senses = (Array.isArray(value) ? value : [value]).filter((s) => typeof s === 'string' && s.trim());
      if (senses.length)
        this.user.set(abbr, {
          abbr,
          senses,
          ambiguous: senses.length > 1,
          confirmed: true,
          source: 'config',
          provenance: ['config'],
          domain: 'config',
          contexts: [],
        });
    }
  }

  lookup(abbr: string): DictionaryEntry | undefined {
    return this.user.get(abbr) ?? builtIn.get(abbr) ?? builtIn.get(abbr.replace(/\s+/g, ''));
  }

  static get builtInSize(): number {
    return builtIn.size;
  }
}
