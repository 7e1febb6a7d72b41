import { describe, it, expect } from 'vitest';
import { formatRFC1123Z, formatRFC3339, formatRFC3339Micro, parseRFC3339, describeTimestamp } from '../../../src/shell/format/time';

const t = Date.UTC(2025, 8, 9, 18, 19, 23, 456);

describe('time formats', () => {
  it('RFC1123Z as describe prints it, in UTC', () => {
    expect(formatRFC1123Z(t)).toBe('Tue, 09 Sep 2025 18:19:23 +0000');
    expect(formatRFC1123Z(Date.UTC(2026, 0, 1, 3, 4, 5))).toBe('Thu, 01 Jan 2026 03:04:05 +0000');
  });

  it('RFC3339 with whole seconds, RFC3339Micro with six digits', () => {
    expect(formatRFC3339(t)).toBe('2025-09-09T18:19:23Z');
    expect(formatRFC3339Micro(t)).toBe('2025-09-09T18:19:23.456000Z');
  });

  it('parses RFC3339 and converts to describe format', () => {
    expect(parseRFC3339('2025-09-09T18:19:23Z')).toBe(Date.UTC(2025, 8, 9, 18, 19, 23));
    expect(parseRFC3339(undefined)).toBeUndefined();
    expect(parseRFC3339('not a time')).toBeUndefined();
    expect(describeTimestamp('2025-09-09T18:19:23Z')).toBe('Tue, 09 Sep 2025 18:19:23 +0000');
  });
});
