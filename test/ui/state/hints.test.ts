import { describe, expect, it } from 'vitest';
import { Hints } from '../../../src/ui/state/hints.svelte';

describe('Hints', () => {
  it('reveals hints one at a time per lesson step, up to the number there are', () => {
    const h = new Hints();
    expect(h.shown('l', 0)).toBe(0);
    h.reveal('l', 0, 2);
    h.reveal('l', 0, 2);
    h.reveal('l', 0, 2);
    expect(h.shown('l', 0)).toBe(2);
    expect(h.shown('l', 1)).toBe(0);
    expect(h.shown('m', 0)).toBe(0);
  });
});
