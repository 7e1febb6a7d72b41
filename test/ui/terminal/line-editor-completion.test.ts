import { describe, expect, it } from 'vitest';
import { commonPrefix, formatCandidates, type CompleteFn } from '../../../src/ui/terminal/completion';
import { setup } from './harness';

/** A completion hook over a fixed word list for the word before the cursor. */
function wordsHook(words: string[], calls: Array<[string, number]> = []): CompleteFn {
  return async (line, cursor) => {
    calls.push([line, cursor]);
    const from = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(from, cursor);
    return { from, to: cursor, candidates: words.filter((w) => w.startsWith(word)) };
  };
}

const WORDS = ['kubectl', 'kubeadm', 'kubelet', 'get', 'pods', 'logs', '/etc/', 'describe'];

describe('commonPrefix and formatCandidates (readline layout)', () => {
  it('finds the longest common prefix', () => {
    expect(commonPrefix(['kubectl', 'kubeadm', 'kubelet'])).toBe('kube');
    expect(commonPrefix(['a', 'b'])).toBe('');
    expect(commonPrefix([])).toBe('');
  });

  it('fills columns top to bottom, each as wide as the longest item plus two', () => {
    const items = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];
    // max 7 + 2 = 9 columns per item; 30 / 9 = 3 per row; 7 items → 3 rows.
    expect(formatCandidates(items, 30)).toEqual([
      'alpha    delta    golf',
      'bravo    echo',
      'charlie  foxtrot',
    ]);
  });

  it('uses one column when an item is wider than the screen, and sorts and de-duplicates', () => {
    expect(formatCandidates(['b-very-long-name', 'a', 'a'], 10)).toEqual(['a', 'b-very-long-name']);
  });

  it('leaves a column free when the items would fill the width exactly', () => {
    // 4 items of width 3 + 2 = 5; 20 / 5 = 4 fills exactly, so readline uses 3 per row: 2 rows.
    expect(formatCandidates(['aaa', 'bbb', 'ccc', 'ddd'], 20)).toEqual(['aaa  ccc', 'bbb  ddd']);
    expect(formatCandidates(['aaa', 'bbb', 'ccc', 'ddd'], 21)).toEqual(['aaa  bbb  ccc  ddd']);
  });
});

describe('LineEditor: Tab completion', () => {
  it('inserts a single candidate and a space', async () => {
    const calls: Array<[string, number]> = [];
    const h = setup({ complete: wordsHook(WORDS, calls) });
    h.ed.feed('kubectl ge\t');
    await h.ed.settled();
    expect(calls).toEqual([['kubectl ge', 10]]);
    expect(h.ed.line).toBe('kubectl get ');
    expect(h.screen.text()).toBe('$ kubectl get');
    expect(h.screen.cursor).toEqual({ row: 0, col: 14 });
  });

  it('adds no space after a candidate ending in /', async () => {
    const h = setup({ complete: wordsHook(WORDS) });
    h.ed.feed('cd /et\t');
    await h.ed.settled();
    expect(h.ed.line).toBe('cd /etc/');
  });

  it('completes in the middle of the line and steps over an existing space', async () => {
    const h = setup({ complete: wordsHook(WORDS) });
    h.ed.feed('kubectl des pod web\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\t');
    await h.ed.settled();
    expect(h.ed.line).toBe('kubectl describe pod web');
    expect(h.ed.cursor).toBe(17);
    expect(h.screen.cursor).toEqual({ row: 0, col: 19 });
  });

  it('inserts the common prefix, then lists on the second Tab and redraws the line', async () => {
    const h = setup({ complete: wordsHook(WORDS), cols: 40 });
    h.ed.feed('echo x; ku\t');
    await h.ed.settled();
    expect(h.ed.line).toBe('echo x; kube');
    expect(h.screen.text()).toBe('$ echo x; kube');
    h.ed.feed('\t');
    await h.ed.settled();
    expect(h.screen.lines()).toEqual(['$ echo x; kube', 'kubeadm  kubectl  kubelet', '$ echo x; kube']);
    expect(h.screen.cursor).toEqual({ row: 2, col: 14 });
    h.ed.feed('c\t');
    await h.ed.settled();
    expect(h.ed.line).toBe('echo x; kubectl ');
  });

  it('lists at once on a second Tab when there is no common prefix to add', async () => {
    const h = setup({ complete: wordsHook(WORDS) });
    h.ed.feed('kubectl \t');
    await h.ed.settled();
    expect(h.screen.lines()).toEqual(['$ kubectl']);
    h.ed.feed('\t');
    await h.ed.settled();
    expect(h.screen.lines()).toEqual([
      '$ kubectl',
      // 8 items of width 10 would fill 80 columns exactly, so 7 per row: 2 rows, filled downwards.
      '/etc/     get       kubectl   logs',
      'describe  kubeadm   kubelet   pods',
      '$ kubectl',
    ]);
  });

  it('does nothing when nothing matches or the hook fails', async () => {
    const failing: CompleteFn = () => Promise.reject(new Error('boom'));
    const h = setup({ complete: failing });
    h.ed.feed('zz\t\t');
    await h.ed.settled();
    expect(h.ed.line).toBe('zz');
    const h2 = setup({ complete: wordsHook(WORDS) });
    h2.ed.feed('zz\t\t');
    await h2.ed.settled();
    expect(h2.screen.text()).toBe('$ zz');
  });

  it('queues keys typed while completion is pending and applies them after it', async () => {
    const h = setup({ complete: wordsHook(WORDS) });
    h.ed.feed('kubectl lo\tweb\r');
    expect(h.ed.line).toBe('kubectl lo');
    await h.ed.settled();
    expect(h.submits()).toEqual(['kubectl logs web']);
  });

  it('Ctrl-C abandons a completion that has not answered', async () => {
    const never: CompleteFn = () => new Promise(() => {});
    const h = setup({ complete: never });
    h.ed.feed('ku\t');
    const settled = h.ed.settled();
    h.ed.feed('\x03ls');
    await settled;
    expect(h.screen.lines()).toEqual(['$ ku^C', '$ ls']);
  });

  it('passes UTF-16 offsets to the hook', async () => {
    const calls: Array<[string, number]> = [];
    const h = setup({ complete: wordsHook(WORDS, calls) });
    h.ed.feed('echo 😀 ge\t');
    await h.ed.settled();
    expect(calls).toEqual([['echo 😀 ge', 10]]);
    expect(h.ed.line).toBe('echo 😀 get ');
  });

  it('Tab without a hook does nothing', () => {
    const h = setup();
    h.ed.feed('a\tb');
    expect(h.ed.line).toBe('ab');
  });
});
