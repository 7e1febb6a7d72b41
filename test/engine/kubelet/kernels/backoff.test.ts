import { describe, expect, it } from 'vitest';
import { inBackoffSince, inBackoffSinceUpdate, nextBackoff, type BackoffEntry } from '../../../../src/engine/kubelet/kernels/backoff';

describe('back-off (client-go flowcontrol.Backoff)', () => {
  it('starts at 10 s and doubles to the 5 min cap', () => {
    let e: BackoffEntry | undefined;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      e = nextBackoff(e, i * 1000, i * 1000);
      seen.push(e.delayMs / 1000);
    }
    expect(seen).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('expires after twice the cap without failures: the next failure starts over at 10 s', () => {
    const e = { delayMs: 300_000, lastUpdate: 0 };
    expect(nextBackoff(e, 600_001, 600_001).delayMs).toBe(10_000);
    expect(nextBackoff(e, 599_999, 599_999).delayMs).toBe(300_000);
    expect(inBackoffSince(e, 600_001, 600_002)).toBe(false);
  });

  it('holds a restart back until the period since the failure has passed', () => {
    const e = { delayMs: 10_000, lastUpdate: 1_000 };
    expect(inBackoffSince(undefined, 5_000, 5_001)).toBe(false);
    expect(inBackoffSince(e, 5_000, 14_999)).toBe(true);
    expect(inBackoffSince(e, 5_000, 15_000)).toBe(false);
    expect(inBackoffSinceUpdate(e, 10_999)).toBe(true);
    expect(inBackoffSinceUpdate(e, 11_000)).toBe(false);
  });
});
