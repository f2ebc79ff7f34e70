/**
 * Rate limits: token buckets per key (a client, an address), and the guard against guessing
 * join codes, which counts the *different* unknown codes an address tries — a class behind one
 * school router retrying the one code while the server restarts is not guessing.
 */

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly o: { perSecond: number; burst: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` tokens for `key`; false (and nothing taken) when there are not enough. */
  take(key: string, cost = 1): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.o.burst, at: t };
    b.tokens = Math.min(this.o.burst, b.tokens + ((t - b.at) / 1000) * this.o.perSecond);
    b.at = t;
    const ok = b.tokens >= cost;
    if (ok) b.tokens -= cost;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.prune(t);
    return ok;
  }

  /** Drops full buckets (they hold no information). */
  private prune(t: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((t - b.at) / 1000) * this.o.perSecond >= this.o.burst) this.buckets.delete(k);
  }
}

export class CodeGuessGuard {
  private readonly tried = new Map<string, { codes: Set<string>; since: number }>();

  constructor(
    private readonly o: { maxCodes: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  private entry(address: string) {
    const t = this.now();
    let e = this.tried.get(address);
    if (!e || t - e.since > this.o.windowMs) {
      e = { codes: new Set(), since: t };
      this.tried.set(address, e);
    }
    return e;
  }

  /** May `address` try `code`? A code it already failed on is always allowed again. */
  allowed(address: string, code: string): boolean {
    const e = this.entry(address);
    return e.codes.has(code) || e.codes.size < this.o.maxCodes;
  }

  /** `address` asked for `code`, which is no session. */
  failed(address: string, code: string): void {
    this.entry(address).codes.add(code);
    if (this.tried.size > 50_000) for (const [a, e] of this.tried) if (this.now() - e.since > this.o.windowMs) this.tried.delete(a);
  }
}
