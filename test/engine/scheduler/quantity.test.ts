import { describe, expect, it } from 'vitest';
import { intValue, milliValue, quantityValue } from '../../../src/engine/scheduler/quantity';

describe('scheduler quantity', () => {
  it.each([
    ['100m', 100],
    ['1', 1000],
    ['0.5', 500],
    ['2.5', 2500],
    ['1n', 1],
    ['100', 100000],
    ['1e3', 1000000],
  ])('milliValue(%s) = %d', (q, want) => expect(milliValue(q)).toBe(want));

  it.each([
    ['128Mi', 134217728],
    ['1Gi', 1073741824],
    ['1G', 1e9],
    ['2030852Ki', 2079592448],
    ['500k', 500000],
    ['110', 110],
  ])('intValue(%s) = %d', (q, want) => expect(intValue(q)).toBe(want));

  it('rejects garbage', () => expect(quantityValue('lots')).toBeNaN());
});
