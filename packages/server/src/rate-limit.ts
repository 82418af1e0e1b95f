/**
 * A per-client token bucket for reads: each client may send `limit` requests at once, and
 * regains them evenly over `windowMs`. Kept in memory (a read changes nothing, and counting it
 * in the database would make every read a write): with several processes, each counts its own.
 * Writes are counted in the database (write-limit.ts).
 */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export function createRateLimiter({ limit, windowMs }: RateLimit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = limit / windowMs;

  return {
    /** Takes one token for `client`: 0 when allowed, else the seconds to wait. */
    take(client: string): number {
      const t = now();
      // Full buckets carry no information: drop them so the map stays small.
      if (buckets.size > 10_000)
        for (const [key, b] of buckets)
          if (b.tokens + (t - b.at) * perMs >= limit) buckets.delete(key);
      const bucket = buckets.get(client) ?? { tokens: limit, at: t };
      bucket.tokens = Math.min(limit, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
