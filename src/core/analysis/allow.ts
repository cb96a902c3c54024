/**
 * Abbreviations accepted without definition: the built-in allowlist (international
 * acronyms, units, titles), the profile's list, the user's `allow`, Roman numerals.
 */
import type { RuleContext } from '../rule';
import allowlist from '../../data/allowlist.json';

const BUILT_IN = new Set([...allowlist.international, ...allowlist.units, ...allowlist.titles, ...allowlist.words]);
const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const cache = new WeakMap<object, Set<string>>();

export function isAllowedAbbreviation(abbr: string, context: RuleContext): boolean {
  let set = cache.get(context.config);
  if (!set) {
    const profile = (allowlist.profiles as Record<string, string[]>)[context.config.profile] ?? [];
    set = new Set([...BUILT_IN, ...profile, ...context.config.allow]);
    cache.set(context.config, set);
  }
  if (set.has(abbr) || ROMAN.test(abbr)) return true;
  // Joined titles and codes: PGS.TS, ThS.BS, GS-TS — each part allowed.
  const parts = abbr.split(/[.-]/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => set!.has(p) || ROMAN.test(p));
}
