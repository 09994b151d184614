// A function of a string whose results are kept for the last `limit` or so keys: for work repeated every turn of a
// conversation (hashing its id), where the set of keys in use at once is small. Forgets everything when full, which
// bounds memory without the bookkeeping of an LRU.
export function remembered<T>(compute: (key: string) => T, limit = 1000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
