import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatSpeed } from '../../../src/ui/state/clock-format';

describe('clock format', () => {
  it('shows simulated time in UTC', () => {
    const t = Date.UTC(2026, 0, 15, 9, 3, 7, 999);
    expect(formatClock(t)).toBe('09:03:07');
    expect(formatDate(t)).toBe('2026-01-15');
  });
  it('names speeds', () => {
    expect([0, 1, 60].map(formatSpeed)).toEqual(['paused', '1×', '60×']);
  });
});
