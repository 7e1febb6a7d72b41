// pod-template-hash and controller-revision-hash as the controllers compute them
// (pkg/controller/controller_utils.go ComputeHash): a 32-bit FNV-1a hash of the pod template (and
// the collision count), printed in decimal and mapped through rand.SafeEncodeString, so hashes look
// like `76bb9b6fb5`. Upstream hashes the Go struct dump; here the canonical JSON of the template.

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** FNV-1a, 32 bits. */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** apimachinery rand.SafeEncodeString: each character mapped into the no-vowel alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/** JSON with object keys sorted, so equal templates hash equally whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The hash of a pod template (without its own pod-template-hash label) and collision count. */
export function computeHash(template: unknown, collisionCount?: number): string {
  const t = JSON.parse(JSON.stringify(template ?? {})) as { metadata?: { labels?: Record<string, string> } };
  delete t.metadata?.labels?.['pod-template-hash'];
  const text = canonicalJson(t) + (collisionCount !== undefined ? String(collisionCount) : '');
  return safeEncodeString(String(fnv32a(text)));
}
