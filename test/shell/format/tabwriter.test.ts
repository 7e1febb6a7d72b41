// Vectors from golang/go src/text/tabwriter/tabwriter_test.go (the `tests` table), each written at
// once, one character at a time and in Fibonacci-sized slices, like Go's check(). Go's Escape byte
// 0xff is written as TAB_ESCAPE (U+FFFF) here. Plus kubectl-shaped tables and RememberWidths.
import { describe, it, expect } from 'vitest';
import {
  TabWriter,
  TabFlags,
  TAB_ESCAPE as E,
  tablePrinterWriter,
  describeWriter,
  tabulate,
} from '../../../src/shell/format/tabwriter';

const { FilterHTML, StripEscape, AlignRight, DiscardEmptyColumns, Debug } = TabFlags;

type Vector = [name: string, minwidth: number, tabwidth: number, padding: number, padchar: string, flags: number, src: string, expected: string];

const vectors: Vector[] = [
  ['1a', 8, 0, 1, '.', 0, '', ''],
  ['1a debug', 8, 0, 1, '.', Debug, '', ''],
  ['1b esc stripped', 8, 0, 1, '.', StripEscape, `${E}${E}`, ''],
  ['1b esc', 8, 0, 1, '.', 0, `${E}${E}`, `${E}${E}`],
  ['1c esc stripped', 8, 0, 1, '.', StripEscape, `${E}\t${E}`, '\t'],
  ['1c esc', 8, 0, 1, '.', 0, `${E}\t${E}`, `${E}\t${E}`],
  ['1d esc stripped', 8, 0, 1, '.', StripEscape, `${E}"foo\t\n\tbar"${E}`, '"foo\t\n\tbar"'],
  ['1d esc', 8, 0, 1, '.', 0, `${E}"foo\t\n\tbar"${E}`, `${E}"foo\t\n\tbar"${E}`],
  ['1e esc stripped', 8, 0, 1, '.', StripEscape, `abc${E}\tdef`, 'abc\tdef'],
  ['1e esc', 8, 0, 1, '.', 0, `abc${E}\tdef`, `abc${E}\tdef`],
  ['2', 8, 0, 1, '.', 0, '\n\n\n', '\n\n\n'],
  ['3', 8, 0, 1, '.', 0, 'a\nb\nc', 'a\nb\nc'],
  ['4a', 8, 0, 1, '.', 0, '\t', ''],
  ['4b', 8, 0, 1, '.', AlignRight, '\t', ''],
  ['5', 8, 0, 1, '.', 0, '*\t*', '*.......*'],
  ['5b', 8, 0, 1, '.', 0, '*\t*\n', '*.......*\n'],
  ['5c', 8, 0, 1, '.', 0, '*\t*\t', '*.......*'],
  ['5c debug', 8, 0, 1, '.', Debug, '*\t*\t', '*.......|*'],
  ['5d', 8, 0, 1, '.', AlignRight, '*\t*\t', '.......**'],
  ['6', 8, 0, 1, '.', 0, '\t\n', '........\n'],
  ['7a', 8, 0, 1, '.', 0, 'a) foo', 'a) foo'],
  ['7b', 8, 0, 1, ' ', 0, 'b) foo\tbar', 'b) foo  bar'],
  ['7c', 8, 0, 1, '.', 0, 'c) foo\tbar\t', 'c) foo..bar'],
  ['7d', 8, 0, 1, '.', 0, 'd) foo\tbar\n', 'd) foo..bar\n'],
  ['7e', 8, 0, 1, '.', 0, 'e) foo\tbar\t\n', 'e) foo..bar.....\n'],
  ['7f', 8, 0, 1, '.', FilterHTML, 'f) f&lt;o\t<b>bar</b>\t\n', 'f) f&lt;o..<b>bar</b>.....\n'],
  ['7g', 8, 0, 1, '.', FilterHTML, 'g) f&lt;o\t<b>bar</b>\t non-terminated entity &amp', 'g) f&lt;o..<b>bar</b>..... non-terminated entity &amp'],
  ['7g debug', 8, 0, 1, '.', FilterHTML | Debug, 'g) f&lt;o\t<b>bar</b>\t non-terminated entity &amp', 'g) f&lt;o..|<b>bar</b>.....| non-terminated entity &amp'],
  ['8', 8, 0, 1, '*', 0, 'Hello, world!\n', 'Hello, world!\n'],
  ['9a', 1, 0, 0, '.', 0, '1\t2\t3\t4\n11\t222\t3333\t44444\n', '1.2..3...4\n11222333344444\n'],
  ['9b', 1, 0, 0, '.', FilterHTML, '1\t2<!---\f--->\t3\t4\n11\t222\t3333\t44444\n', '1.2<!---\f--->..3...4\n11222333344444\n'],
  ['9c', 1, 0, 0, '.', 0, '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1234\n11222333344444\n'],
  ['9c debug', 1, 0, 0, '.', Debug, '1\t2\t3\t4\f11\t222\t3333\t44444\n', '1|2|3|4\n---\n11|222|3333|44444\n'],
  ['10a', 5, 0, 0, '.', 0, '1\t2\t3\t4\n', '1....2....3....4\n'],
  ['10b', 5, 0, 0, '.', 0, '1\t2\t3\t4\t\n', '1....2....3....4....\n'],
  ['11', 8, 0, 1, '.', 0,
    '本\tb\tc\naa\t\u672c\u672c\u672c\tcccc\tddddd\naaa\tbbbb\n',
    '本.......b.......c\naa......本本本.....cccc....ddddd\naaa.....bbbb\n'],
  ['12a', 8, 0, 1, ' ', AlignRight,
    'a\tè\tc\t\naa\tèèè\tcccc\tddddd\t\naaa\tèèèè\t\n',
    '       a       è       c\n      aa     èèè    cccc   ddddd\n     aaa    èèèè\n'],
  ['12b', 2, 0, 0, ' ', 0, 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a  b  c\naa bbbcccc\naaabbbb\n'],
  ['12c', 8, 0, 1, '_', 0, 'a\tb\tc\naa\tbbb\tcccc\naaa\tbbbb\n', 'a_______b_______c\naa______bbb_____cccc\naaa_____bbbb\n'],
  ['13a', 4, 0, 1, '-', 0,
    '4444\t日本語\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444------日本語-22--1---333\n999999999-22\n7---------22\n------------------88888888\n\n666666-666666-666666----4444\n1------1------999999999-0000000000\n'],
  ['13b', 4, 0, 3, '.', 0,
    '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t999999999\t0000000000\n',
    '4444........333...22...1...333\n999999999...22\n7...........22\n....................88888888\n\n666666...666666...666666......4444\n1........1........999999999...0000000000\n'],
  ['13c', 8, 8, 1, '\t', FilterHTML,
    '4444\t333\t22\t1\t333\n999999999\t22\n7\t22\n\t\t\t88888888\n\n666666\t666666\t666666\t4444\n1\t1\t<font color=red attr=日本語>999999999</font>\t0000000000\n',
    '4444\t\t333\t22\t1\t333\n999999999\t22\n7\t\t22\n\t\t\t\t88888888\n\n666666\t666666\t666666\t\t4444\n1\t1\t<font color=red attr=日本語>999999999</font>\t0000000000\n'],
  ['14', 1, 0, 2, ' ', AlignRight,
    '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    '    .0          .3    2.4    -5.1\n  23.0  12345678.9    2.4  -989.4\n   5.1        12.0    2.4    -7.0\n    .0         0.0  332.0  8908.0\n    .0         -.3  456.4    22.1\n    .0         1.2   44.4   -13.3'],
  ['14 debug', 1, 0, 2, ' ', AlignRight | Debug,
    '.0\t.3\t2.4\t-5.1\t\n23.0\t12345678.9\t2.4\t-989.4\t\n5.1\t12.0\t2.4\t-7.0\t\n.0\t0.0\t332.0\t8908.0\t\n.0\t-.3\t456.4\t22.1\t\n.0\t1.2\t44.4\t-13.3\t\t',
    '    .0|          .3|    2.4|    -5.1|\n  23.0|  12345678.9|    2.4|  -989.4|\n   5.1|        12.0|    2.4|    -7.0|\n    .0|         0.0|  332.0|  8908.0|\n    .0|         -.3|  456.4|    22.1|\n    .0|         1.2|   44.4|   -13.3|'],
  ['15a', 4, 0, 0, '.', 0, 'a\t\tb', 'a.......b'],
  ['15b', 4, 0, 0, '.', DiscardEmptyColumns, 'a\t\tb', 'a.......b'],
  ['15c', 4, 0, 0, '.', DiscardEmptyColumns, 'a\v\vb', 'a...b'],
  ['15d', 4, 0, 0, '.', AlignRight | DiscardEmptyColumns, 'a\v\vb', '...ab'],
  ['16a', 100, 100, 0, '\t', 0,
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16b', 100, 100, 0, '\t', DiscardEmptyColumns,
    'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n',
    'a\tb\td\na\tb\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16b debug', 100, 100, 0, '\t', DiscardEmptyColumns | Debug,
    'a\vb\v\vd\na\vb\v\vd\ve\na\na\vb\vc\vd\na\vb\vc\vd\ve\n',
    'a\t|b\t||d\na\t|b\t||d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n'],
  ['16c', 100, 100, 0, '\t', DiscardEmptyColumns,
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n'],
  ['16c debug', 100, 100, 0, '\t', DiscardEmptyColumns | Debug,
    'a\tb\t\td\na\tb\t\td\te\na\na\tb\tc\td\na\tb\tc\td\te\n',
    'a\t|b\t|\t|d\na\t|b\t|\t|d\t|e\na\na\t|b\t|c\t|d\na\t|b\t|c\t|d\t|e\n'],
];

describe('TabWriter: Go text/tabwriter vectors', () => {
  it.each(vectors)('%s', (_name, minwidth, tabwidth, padding, padchar, flags, src, expected) => {
    const w = new TabWriter({ minwidth, tabwidth, padding, padchar, flags });
    // written all at once
    w.write(src);
    expect(w.flush()).toBe(expected);
    // written character by character (the same writer, reused after flush as in Go's check)
    for (const ch of src) w.write(ch);
    expect(w.flush()).toBe(expected);
    // written in Fibonacci-sized slices
    for (let i = 0, d = 0; i < src.length; ) {
      w.write(src.slice(i, i + d));
      i += d;
      d++;
      if (i + d > src.length) d = src.length - i;
    }
    expect(w.flush()).toBe(expected);
  });
});

describe('kubectl tables', () => {
  it('pads each column to its widest cell + 3 and leaves the last column unpadded', () => {
    const out = tabulate('NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nnginx\t1/1\tRunning\t0\t4m4s\n');
    expect(out).toBe('NAME    READY   STATUS    RESTARTS   AGE\nnginx   1/1     Running   0          4m4s\n');
  });

  it('never makes a column narrower than minwidth 6', () => {
    expect(tabulate('A\tB\nx\ty\n')).toBe('A     B\nx     y\n');
  });

  it('remembers widths across flushes, as kubectl get -w does', () => {
    const w = tablePrinterWriter();
    w.write('NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nweb-1\t0/1\tPending\t0\t0s\n');
    expect(w.flush()).toBe('NAME    READY   STATUS    RESTARTS   AGE\nweb-1   0/1     Pending   0          0s\n');
    // a later row with narrower cells keeps the old widths…
    w.write('web-1\t0/1\tx\t0\t1s\n');
    expect(w.flush()).toBe('web-1   0/1     x         0          1s\n');
    // …and a wider cell widens the column from then on
    w.write('web-1\t0/1\tContainerCreating\t0\t2s\n');
    expect(w.flush()).toBe('web-1   0/1     ContainerCreating   0          2s\n');
    w.write('web-1\t1/1\tRunning\t0\t3s\n');
    expect(w.flush()).toBe('web-1   1/1     Running             0          3s\n');
    expect(w.rememberedWidths()).toEqual([8, 8, 20, 11]);
  });

  it('without RememberWidths each flush is laid out on its own', () => {
    const w = new TabWriter({ minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ' });
    w.write('a-long-name\tx\n');
    expect(w.flush()).toBe('a-long-name   x\n');
    w.write('b\tx\n');
    expect(w.flush()).toBe('b     x\n');
  });

  it('aligns describe key/value lines at the longest key + 2, block by block', () => {
    const w = describeWriter();
    w.write('Name:\tnginx\nNamespace:\tdefault\nPriority:\t0\nContainers:\n  nginx:\n    Image:\tnginx\n    Port:\t80/TCP\n');
    expect(w.flush()).toBe(
      'Name:       nginx\nNamespace:  default\nPriority:   0\nContainers:\n  nginx:\n    Image:  nginx\n    Port:   80/TCP\n',
    );
  });

  it('counts code points, not UTF-16 units, for width', () => {
    expect(tabulate('😀\tb\nab\tc\n')).toBe('😀     b\nab    c\n');
  });
});
