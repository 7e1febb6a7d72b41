import { describe, it, expect } from 'vitest';
import { Bash } from 'just-bash';
import { applyRedirections, walkScript, type WalkOptions } from '../../../src/shell/bash/transform';
import { simple, type RedirectionNode } from '../../../src/shell/bash/ast';

/** The script text after the terminal transform (serialised by just-bash's Node entry). */
function transformed(line: string, opts: WalkOptions = {}): string {
  const bash = new Bash();
  bash.registerTransformPlugin({
    name: 't',
    transform(ctx) {
      walkScript(ctx.ast.statements, opts);
      return { ast: ctx.ast };
    },
  });
  return bash.transform(line).script;
}

const O = '>> /dev/pts/0 2>> /dev/pts/0-err';

describe('terminal transform', () => {
  it('sends a top-level command to the terminal devices and marks programs as on a tty', () => {
    expect(transformed('kubectl get pods')).toBe(`__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err kubectl get pods ${O}`);
    expect(transformed('echo hi')).toBe(`echo hi ${O}`);
  });

  it('only the last stage of a pipeline writes to the terminal; every stage keeps stderr there', () => {
    expect(transformed('kubectl get pods | grep web')).toBe(
      `__TTY= __TTYE=/dev/pts/0-err kubectl get pods 2>> /dev/pts/0-err | __TTY=/dev/pts/0 __TTYE=/dev/pts/0-err grep web ${O}`,
    );
    expect(transformed('a |& b')).toBe(`__TTY= __TTYE= a |& __TTY=/dev/pts/0 __TTYE=/dev/pts/0-err b ${O}`);
  });

  it('puts the devices before the command’s own redirections so 2>&1, >&2, >file and &> still apply', () => {
    // just-bash's serialiser writes `2>&1` as `2>& 1`
    expect(transformed('ls x 2>&1')).toBe(`__TTY=/dev/pts/0 __TTYE=/dev/pts/0 ls x ${O} 2>& 1`);
    expect(transformed('echo oops >&2')).toBe(`echo oops ${O} >& 2`);
    expect(transformed('kubectl logs x >&2')).toBe(`__TTY=/dev/pts/0-err __TTYE=/dev/pts/0-err kubectl logs x ${O} >& 2`);
    expect(transformed('kubectl get pods > out.txt')).toBe(`__TTYE=/dev/pts/0-err kubectl get pods ${O} > out.txt`);
    expect(transformed('kubectl get pods &> /dev/null')).toBe(`kubectl get pods ${O} &> /dev/null`);
  });

  it('clears the tty marker inside a substitution in the arguments of a terminal command', () => {
    // just-bash applies prefix assignments before expanding arguments: without the explicit
    // `__TTY=`, kubectl inside $(…) would stream to the screen instead of into curl's argument.
    expect(transformed('curl $(kubectl get pods)')).toBe(
      '__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err curl $(__TTY= __TTYE=/dev/pts/0-err kubectl get pods 2>> /dev/pts/0-err) >> /dev/pts/0 2>> /dev/pts/0-err',
    );
  });

  it('leaves command substitutions captured but their stderr on the terminal', () => {
    expect(transformed('x=$(kubectl get pods)')).toBe('x=$(__TTY= __TTYE=/dev/pts/0-err kubectl get pods 2>> /dev/pts/0-err)');
  });

  it('makes loop bodies stream, and loops into a pipe not', () => {
    expect(transformed('while true; do date; sleep 1; done')).toBe(
      `while true; do\n__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err date ${O}\n__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err sleep 1 ${O}\ndone`,
    );
    expect(transformed('for i in 1 2; do echo $i; done | wc -l')).toBe(
      `for i in 1 2; do\necho $i 2>> /dev/pts/0-err\ndone | __TTY=/dev/pts/0 __TTYE=/dev/pts/0-err wc -l ${O}`,
    );
  });

  it('lets function bodies write wherever the caller’s output goes', () => {
    expect(transformed('f() { kubectl get pods; }')).toBe(
      'f() { kubectl get pods >> "${__TTY:-/dev/stdout}" 2>> "${__TTYE:-/dev/stderr}"; }',
    );
    expect(transformed('f() { a | b; }')).toBe(
      'f() { __TTY= a 2>> "${__TTYE:-/dev/stderr}" | b >> "${__TTY:-/dev/stdout}" 2>> "${__TTYE:-/dev/stderr}"; }',
    );
  });

  it('hands `cmd &` to the job starter, renames wait and marks a top-level exit', () => {
    const seen: string[] = [];
    const opts: WalkOptions = {
      background: (st) => {
        seen.push(st.sourceText ?? '');
        return ['__bg', '7'];
      },
      renames: { wait: '__wait' },
      exitHook: '__exit',
    };
    expect(transformed('sleep 100 & wait; exit 2', opts)).toBe(
      `__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err __bg 7 ${O}\n__TTY=/dev/pts/0 __TTYE=/dev/pts/0-err __wait ${O}\n{ __TTY=/dev/pts/0 __TTYE=/dev/pts/0-err __exit "$?" ${O}\nexit 2 2>> /dev/pts/0-err; }`,
    );
    expect(seen).toEqual(['sleep 100 &']);
    expect(transformed('(exit 3)', opts)).toBe('(exit 3 2>> /dev/pts/0-err)');
  });
});

describe('applyRedirections', () => {
  const r = (line: string): RedirectionNode[] => {
    const bash = new Bash();
    let out: RedirectionNode[] = [];
    bash.registerTransformPlugin({
      name: 'r',
      transform(ctx) {
        const c = ctx.ast.statements[0].pipelines[0].commands[0];
        if (c.type === 'SimpleCommand') out = c.redirections;
        return { ast: ctx.ast };
      },
    });
    bash.transform(line);
    return out;
  };
  const tty = { out: 'out', err: 'err' } as const;
  it.each([
    ['x > f', { out: 'none', err: 'err' }],
    ['x 2> f', { out: 'out', err: 'none' }],
    ['x > f 2>&1', { out: 'none', err: 'none' }],
    ['x 2>&1 > f', { out: 'none', err: 'out' }],
    ['x &> f', { out: 'none', err: 'none' }],
    ['x >&2', { out: 'err', err: 'err' }],
    ['x 2>/dev/null', { out: 'out', err: 'none' }],
    ['x > /dev/stderr', { out: 'err', err: 'err' }],
    ['x > /dev/tty 2>&1', { out: 'out', err: 'out' }],
    ['x < in', { out: 'out', err: 'err' }],
  ])('%s', (line, want) => {
    expect(applyRedirections(tty, r(line))).toEqual(want);
  });
  it('keeps a simple command with no redirections as it is', () => {
    expect(applyRedirections(tty, simple(['x']).redirections)).toEqual(tty);
  });
});
