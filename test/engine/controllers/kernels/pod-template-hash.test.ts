import { describe, expect, it } from 'vitest';
import { canonicalJson, computeHash, fnv32a, safeEncodeString } from '../../../../src/engine/controllers/kernels/pod-template-hash';

describe('pod-template-hash', () => {
  it('FNV-1a 32 reference values', () => {
    expect(fnv32a('')).toBe(0x811c9dc5);
    expect(fnv32a('a')).toBe(0xe40c292c);
    expect(fnv32a('foobar')).toBe(0xbf9cf968);
  });

  it('SafeEncodeString maps digits into the no-vowel alphabet', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('hashes look like upstream ones and ignore key order and the hash label itself', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    const h = computeHash(t);
    expect(h).toMatch(/^[456789bcdf]{1,10}$/);
    const reordered = { spec: { containers: [{ image: 'nginx', name: 'web' }] }, metadata: { labels: { app: 'web', 'pod-template-hash': h } } };
    expect(computeHash(reordered)).toBe(h);
    expect(computeHash(t, 1)).not.toBe(h);
    expect(canonicalJson({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
  });
});
