// Vectors from kubernetes/apimachinery pkg/util/duration/duration_test.go (TestHumanDuration,
// TestHumanDurationBoundaries, TestShortHumanDurationBoundaries). Go's `-2*time.Second + 1` (one
// nanosecond) becomes -1999 ms here: the nearest millisecond that exercises the same branch.
import { describe, it, expect } from 'vitest';
import { humanDuration, shortHumanDuration, translateTimestampSince } from '../../../../src/engine/api/printers/duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;
const ms = 1;

describe('humanDuration', () => {
  const basic: [number, string][] = [
    [s, '1s'],
    [70 * s, '70s'],
    [190 * s, '3m10s'],
    [70 * m, '70m'],
    [47 * h, '47h'],
    [49 * h, '2d1h'],
    [(8 * 24 + 2) * h, '8d'],
    [367 * 24 * h, '367d'],
    [(365 * 2 * 24 + 25) * h, '2y1d'],
    [(365 * 8 * 24 + 2) * h, '8y'],
  ];
  const boundaries: [number, string][] = [
    [-2 * s, '<invalid>'],
    [-2 * s + 1, '0s'],
    [0, '0s'],
    [s - ms, '0s'],
    [2 * m - ms, '119s'],
    [2 * m, '2m'],
    [2 * m + s, '2m1s'],
    [10 * m - ms, '9m59s'],
    [10 * m, '10m'],
    [10 * m + s, '10m'],
    [3 * h - ms, '179m'],
    [3 * h, '3h'],
    [3 * h + m, '3h1m'],
    [8 * h - ms, '7h59m'],
    [8 * h, '8h'],
    [8 * h + 59 * m, '8h'],
    [2 * d - ms, '47h'],
    [2 * d, '2d'],
    [2 * d + h, '2d1h'],
    [8 * d - ms, '7d23h'],
    [8 * d, '8d'],
    [8 * d + 23 * h, '8d'],
    [2 * y - ms, '729d'],
    [2 * y, '2y'],
    [2 * y + 23 * h, '2y'],
    [2 * y + 23 * h + 59 * m, '2y'],
    [2 * y + 24 * h - ms, '2y'],
    [2 * y + 24 * h, '2y1d'],
    [3 * y, '3y'],
    [4 * y, '4y'],
    [5 * y, '5y'],
    [6 * y, '6y'],
    [7 * y, '7y'],
    [8 * y - ms, '7y364d'],
    [8 * y, '8y'],
    [8 * y + 364 * d, '8y'],
    [9 * y, '9y'],
  ];
  it.each([...basic, ...boundaries])('%d ms → %s', (input, want) => {
    expect(humanDuration(input)).toBe(want);
  });

  it('prints the kubectl README example age', () => {
    expect(humanDuration(4 * m + 4 * s)).toBe('4m4s');
  });
});

describe('shortHumanDuration', () => {
  const cases: [number, string][] = [
    [-2 * s, '<invalid>'],
    [-2 * s + 1, '0s'],
    [0, '0s'],
    [s - ms, '0s'],
    [s, '1s'],
    [2 * s - ms, '1s'],
    [m - ms, '59s'],
    [m, '1m'],
    [2 * m - ms, '1m'],
    [h - ms, '59m'],
    [h, '1h'],
    [2 * h - ms, '1h'],
    [d - ms, '23h'],
    [d, '1d'],
    [2 * d - ms, '1d'],
    [y - ms, '364d'],
    [y, '1y'],
    [2 * y - ms, '1y'],
    [2 * y, '2y'],
  ];
  it.each(cases)('%d ms → %s', (input, want) => {
    expect(shortHumanDuration(input)).toBe(want);
  });
});

describe('translateTimestampSince', () => {
  const now = Date.parse('2026-01-01T00:10:00Z');
  it('prints <unknown> for a missing timestamp', () => {
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>');
    expect(translateTimestampSince('', now)).toBe('<unknown>');
  });
  it('prints the age of an RFC 3339 timestamp', () => {
    expect(translateTimestampSince('2026-01-01T00:05:56Z', now)).toBe('4m4s');
    expect(translateTimestampSince('2025-12-31T00:10:00Z', now)).toBe('24h');
  });
  it('prints <invalid> for timestamps 2 s or more in the future and 0s just ahead', () => {
    expect(translateTimestampSince('2026-01-01T00:10:02Z', now)).toBe('<invalid>');
    expect(translateTimestampSince('2026-01-01T00:10:01Z', now)).toBe('0s');
  });
});
