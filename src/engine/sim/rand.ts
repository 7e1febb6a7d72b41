// Seeded randomness forked into named streams (`names`, `uids`, `scheduler`, `ipam`, …), so that one
// subsystem's draws never shift another's: adding a log line that draws a number does not rename pods.
// Generator: sfc32 seeded through a string hash (cyrb128); small, fast and reproducible everywhere.

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Alphabet of k8s.io/apimachinery/pkg/util/rand.String: no vowels, no confusable digits. */
const K8S_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export class Rand {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    readonly seed: string,
    state?: [number, number, number, number],
  ) {
    [this.a, this.b, this.c, this.d] = state ?? cyrb128(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `n` characters from the Kubernetes name alphabet, as generateName suffixes use (5) and hashes (10). */
  k8sString(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += K8S_ALPHANUMS[Math.floor(this.next() * K8S_ALPHANUMS.length)];
    return s;
  }

  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.next() * 16)];
    return s;
  }

  /** A random (v4-shaped) UUID. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[Math.floor(this.next() * 4)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** Uniform jitter: `base` ± `fraction`·base. */
  jitter(base: number, fraction: number): number {
    return Math.round(base * (1 + (this.next() * 2 - 1) * fraction));
  }

  /** Continues from a saved state (in place, so every holder of this stream sees it). */
  setState(s: [number, number, number, number]): void {
    [this.a, this.b, this.c, this.d] = s;
  }

  /** Generator state, for saving a sandbox. */
  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}

/** The world's streams: each name gets an independent generator derived from the seed and the name. */
export class RandStreams {
  private streams = new Map<string, Rand>();
  constructor(readonly seed: number | string) {}

  stream(name: string): Rand {
    let r = this.streams.get(name);
    if (!r) {
      r = new Rand(`${this.seed}/${name}`);
      this.streams.set(name, r);
    }
    return r;
  }

  snapshot(): Record<string, [number, number, number, number]> {
    return Object.fromEntries([...this.streams].map(([k, v]) => [k, v.state()]));
  }

  restore(s: Record<string, [number, number, number, number]>): void {
    for (const [k, st] of Object.entries(s)) this.stream(k).setState(st);
  }
}
