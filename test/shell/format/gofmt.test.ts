// Go fmt/strconv renderings used by the jsonpath and custom-columns printers.
import { describe, it, expect } from 'vitest';
import { goSprint, goSharpV, goQuote, goFloat, goRuneU, GoFloat, goTypeName } from '../../../src/shell/format/gofmt';

describe('gofmt', () => {
  it('%v of decoded JSON values', () => {
    expect(goSprint({ b: [1, 'x'], a: { c: null } })).toBe('map[a:map[c:<nil>] b:[1 x]]');
    expect(goSprint(2.5)).toBe('2.5');
    expect(goSprint(new GoFloat(3))).toBe('3');
    expect(goSprint(true)).toBe('true');
  });

  it('%#v of decoded JSON values', () => {
    expect(goSharpV({ s: 'a"b', n: 1, l: [], m: {}, z: null })).toBe(
      'map[string]interface {}{"l":[]interface {}{}, "m":map[string]interface {}{}, "n":1, "s":"a\\"b", "z":interface {}(nil)}',
    );
  });

  it('strconv.Quote', () => {
    expect(goQuote('{"\\n"}')).toBe('"{\\"\\\\n\\"}"');
    expect(goQuote('tab\there\x01é')).toBe('"tab\\there\\x01é"');
  });

  it("FormatFloat(f, 'g', -1, 64)", () => {
    expect(goFloat(2.2)).toBe('2.2');
    expect(goFloat(100000)).toBe('100000');
    expect(goFloat(1e6)).toBe('1e+06');
    expect(goFloat(1234567.5)).toBe('1.2345675e+06');
    expect(goFloat(0.0001)).toBe('0.0001');
    expect(goFloat(0.00001)).toBe('1e-05');
    expect(goFloat(1e21)).toBe('1e+21');
  });

  it('%#U and type names', () => {
    expect(goRuneU(0x26)).toBe("U+0026 '&'");
    expect(goRuneU(0x01)).toBe('U+0001');
    expect(goTypeName({})).toBe('map[string]interface {}');
    expect(goTypeName([])).toBe('[]interface {}');
    expect(goTypeName(1)).toBe('int64');
    expect(goTypeName(1.5)).toBe('float64');
  });
});
