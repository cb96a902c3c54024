/** The most frequent value (ties: the one seen first). Consistency rules fix the minority to it. */
export function majority<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}
