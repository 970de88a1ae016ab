/**
 * Deterministic randomness for the demo seed: the same seed gives the same data, run after run.
 * (Math.random and crypto.randomUUID cannot be replayed.)
 */

/** mulberry32: a tiny 32-bit generator, uniform in [0, 1). Plenty for demo data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: a stable 32-bit hash of a string, to derive one generator per partner from its code. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor((max - min + 1) * this.next());
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** One of the items, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A fresh shuffled copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** murmur3's finaliser: a bijection on 32-bit integers, so distinct inputs never collide. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, "0");
}

/**
 * Deterministic, collision-free UUIDs (formatted as v4) from a counter, so parent and child rows
 * can be linked before insert without RETURNING. The first 32 bits are a bijection of the
 * counter, which makes every id of one source unique.
 */
export class IdSource {
  private counter = 0;

  constructor(private readonly salt: number) {}

  uuid(): string {
    const n = this.counter++;
    const a = fmix32(n ^ this.salt);
    const b = fmix32(a ^ 0x9e3779b9);
    const c = fmix32(b ^ 0x7f4a7c15);
    const d = fmix32(c ^ 0x2545f491);
    const bHex = hex8(b);
    const cHex = hex8(c);
    const variant = ((Number.parseInt(cHex[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex8(a)}-${bHex.slice(0, 4)}-4${bHex.slice(5, 8)}-${variant}${cHex.slice(1, 4)}-${cHex.slice(4)}${hex8(d)}`;
  }
}

/**
 * Tracking IDs "HX" + 10 digits that look random yet never repeat: the counter times an odd
 * multiplier not divisible by 5 is a bijection modulo 10^10.
 */
export class TrackingIds {
  private counter = 0;

  constructor(private readonly prefix = "HX") {}

  next(): string {
    const n = this.counter++;
    const scrambled = (n * 3_456_789_013 + 1_234_567_890) % 10_000_000_000;
    return `${this.prefix}${String(scrambled).padStart(10, "0")}`;
  }
}
