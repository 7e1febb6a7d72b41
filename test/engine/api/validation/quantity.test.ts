// Vectors after apimachinery pkg/api/resource quantity_test.go (TestQuantityParse, TestQuantityString,
// error cases) and the scheduler's needs (milli-cores, bytes).
import { describe, it, expect } from 'vitest';
import {
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  compareQuantity,
  formatBytes,
  formatMilliCpu,
  formatQuantity,
  milliValue,
  mustParseQuantity,
  parseBytes,
  parseMilliCpu,
  parseQuantity,
  quantityValue,
} from '../../../../src/engine/api/validation/quantity';

describe('parseQuantity', () => {
  const values: [string, number, number][] = [
    // text, milli, value (rounded up)
    ['500m', 500, 1],
    ['2', 2000, 2],
    ['0.5', 500, 1],
    ['1.5', 1500, 2],
    ['.5', 500, 1],
    ['1e3', 1_000_000, 1000],
    ['1E3', 1_000_000, 1000],
    ['1k', 1_000_000, 1000],
    ['128M', 128_000_000_000, 128_000_000],
    ['128Mi', 134_217_728_000, 134_217_728],
    ['1Gi', 1_073_741_824_000, 1_073_741_824],
    ['1.5Gi', 1_610_612_736_000, 1_610_612_736],
    ['100u', 1, 1],
    ['0', 0, 0],
    ['+3', 3000, 3],
    ['-1', -1000, -1],
  ];
  it.each(values)('%s', (text, milli, value) => {
    const q = mustParseQuantity(text);
    expect(milliValue(q)).toBe(milli);
    expect(quantityValue(q)).toBe(value);
  });

  const errors: [string, string][] = [
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    ['1Gb', QUANTITY_FORMAT_ERROR],
    ['1GB', QUANTITY_FORMAT_ERROR],
    ['1 Gi', QUANTITY_FORMAT_ERROR],
    ['1.5.5', QUANTITY_FORMAT_ERROR],
    ['1gi', QUANTITY_FORMAT_ERROR],
    ['1mi', QUANTITY_SUFFIX_ERROR],
    ['1K', QUANTITY_SUFFIX_ERROR],
    ['5e', QUANTITY_SUFFIX_ERROR],
  ];
  it.each(errors)('rejects %j', (text, err) => {
    expect(parseQuantity(text)).toEqual({ error: err });
  });
});

describe('formatQuantity (canonical String())', () => {
  const cases: [string, string][] = [
    ['500m', '500m'],
    ['0.5', '500m'],
    ['1.5', '1500m'],
    ['0.1', '100m'],
    ['1000m', '1'],
    ['1000', '1k'],
    ['1500', '1500'],
    ['2000000', '2M'],
    ['1e3', '1e3'],
    ['1500e0', '1500'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['1000Mi', '1000Mi'],
    ['512Ki', '512Ki'],
    ['0.5Ki', '512'],
    ['128M', '128M'],
    ['-500m', '-500m'],
    ['0Gi', '0'],
  ];
  it.each(cases)('%s → %s', (text, out) => {
    expect(formatQuantity(mustParseQuantity(text))).toBe(out);
  });

  it('compares exactly', () => {
    expect(compareQuantity(mustParseQuantity('1'), mustParseQuantity('1000m'))).toBe(0);
    expect(compareQuantity(mustParseQuantity('1Gi'), mustParseQuantity('1G'))).toBe(1);
    expect(compareQuantity(mustParseQuantity('100m'), mustParseQuantity('0.2'))).toBe(-1);
  });
});

describe('scheduler helpers', () => {
  it('parse cpu to millicores and memory to bytes', () => {
    expect(parseMilliCpu('250m')).toBe(250);
    expect(parseMilliCpu(2)).toBe(2000);
    expect(parseBytes('64Mi')).toBe(67_108_864);
    expect(parseBytes('1G')).toBe(1_000_000_000);
    expect(() => parseMilliCpu('two')).toThrow(QUANTITY_FORMAT_ERROR);
  });

  it('format them back as kubectl describe shows them', () => {
    expect(formatMilliCpu(750)).toBe('750m');
    expect(formatMilliCpu(2000)).toBe('2');
    expect(formatBytes(178_257_920)).toBe('170Mi');
    expect(formatBytes(128_000_000, 'DecimalSI')).toBe('128M');
    expect(formatBytes(0)).toBe('0');
  });
});
