// Pins the just-bash 3.4.2 behaviours the shell adapter (src/shell/bash/) is built on, so that an
// upgrade which changes one fails here first, with the reason in the test name.

import { describe, it, expect } from 'vitest';
import { Bash, defineCommand, InMemoryFs, type CommandContext } from 'just-bash';

const ok = (stdout = '') => ({ stdout, stderr: '', exitCode: 0 });

describe('just-bash pins', () => {
  it('runs transform plugins synchronously inside exec() and executes the AST they return (no re-parse)', async () => {
    const bash = new Bash();
    let calls = 0;
    bash.registerTransformPlugin({
      name: 'p',
      transform(ctx) {
        calls++;
        const c = ctx.ast.statements[0].pipelines[0].commands[0];
        if (c.type === 'SimpleCommand') c.args.push({ type: 'Word', parts: [{ type: 'Literal', value: 'a;b' }] });
        return { ast: ctx.ast };
      },
    });
    const p = bash.exec('echo x');
    expect(calls).toBe(1);
    expect((await p).stdout).toBe('x a;b\n');
  });

  it('sends redirected output through fs.appendFile, and dups later fds onto that file', async () => {
    const fs = new InMemoryFs();
    const seen: string[] = [];
    const orig = fs.appendFile.bind(fs);
    fs.appendFile = async (p, c, o) => {
      if (p.startsWith('/dev/pts/')) {
        if (String(c)) seen.push(`${p}:${String(c)}`);
        return;
      }
      return orig(p, c, o);
    };
    const bash = new Bash({ fs });
    await bash.exec('echo a >>/dev/pts/0 2>>/dev/pts/e; ls /x >>/dev/pts/0 2>>/dev/pts/e 2>&1; echo b >>/dev/pts/0 2>>/dev/pts/e >&2; nosuch >>/dev/pts/0 2>>/dev/pts/e');
    expect(seen).toEqual([
      '/dev/pts/0:a\n',
      '/dev/pts/0:ls: /x: No such file or directory\n',
      '/dev/pts/e:b\n',
      '/dev/pts/e:bash: nosuch: command not found\n',
    ]);
  });

  it('treats >>/dev/stdout as the command’s current stdout (a pipe inside a function)', async () => {
    const bash = new Bash();
    const r = await bash.exec('f() { echo fn >>"${T:-/dev/stdout}"; }; f | tr a-z A-Z');
    expect(r.stdout).toBe('FN\n');
  });

  it('passes exec env unexported with replaceEnv, and returns every variable plus PWD', async () => {
    const seen: string[] = [];
    const show = defineCommand('show', async (_a, ctx) => {
      seen.push(Object.keys(ctx.exportedEnv ?? {}).sort().join(','));
      return ok();
    });
    const bash = new Bash({ customCommands: [show] });
    const r = await bash.exec('show; export A; B=3 show; cd /tmp; C=1', { env: { A: '1', B: '2' }, replaceEnv: true, cwd: '/' });
    expect(seen).toEqual(['PWD', 'A,B,PWD']);
    expect(r.env.A).toBe('1');
    expect(r.env.C).toBe('1');
    expect(r.env.PWD).toBe('/tmp');
  });

  it('gives custom commands exportedEnv, assignShellVariable, prefix assignments (also inside functions) and exec', async () => {
    const seen: string[] = [];
    const show = defineCommand('show', async (_a, ctx: CommandContext) => {
      seen.push(`T=${ctx.env.get('T') ?? '-'}`);
      await ctx.assignShellVariable?.('SET_BY_CMD', 'yes');
      const sub = await ctx.exec!('echo sub', { cwd: ctx.cwd });
      seen.push(sub.stdout.trim());
      return ok();
    });
    const bash = new Bash({ customCommands: [show] });
    const r = await bash.exec('f() { show; }; T=1 f; show; echo $SET_BY_CMD');
    expect(seen).toEqual(['T=1', 'sub', 'T=-', 'sub']);
    expect(r.stdout).toBe('yes\n');
  });

  it('keeps wait, exit, cd and export as builtins; custom commands override jobs, kill, sleep, date, env, history, xargs, fg', async () => {
    const names = ['wait', 'exit', 'cd', 'export', 'jobs', 'kill', 'sleep', 'date', 'env', 'history', 'xargs', 'fg'];
    const bash = new Bash({ customCommands: names.map((n) => defineCommand(n, async () => ok(`custom-${n}\n`))) });
    const out: string[] = [];
    for (const n of names) out.push((await bash.exec(`${n} 0`)).stdout.trim() || '(builtin)');
    expect(out).toEqual(['(builtin)', '(builtin)', '(builtin)', '(builtin)', 'custom-jobs', 'custom-kill', 'custom-sleep', 'custom-date', 'custom-env', 'custom-history', 'custom-xargs', 'custom-fg']);
  });

  it('runs `&` synchronously with $! = 0, rejects xargs -n1, and prints every variable in env', async () => {
    const bash = new Bash();
    expect((await bash.exec('true & echo $!')).stdout).toBe('0\n');
    expect((await bash.exec('echo a | xargs -n1 echo')).stderr).toBe("xargs: invalid option -- 'n'\n");
    expect((await bash.exec('X=1; env | grep ^X=')).stdout).toBe('X=1\n');
  });

  it('stores aliases as BASH_ALIAS_ variables, expanded only with expand_aliases', async () => {
    const bash = new Bash();
    const r = await bash.exec('alias k=echo');
    expect(r.env.BASH_ALIAS_k).toBe('echo');
    expect((await bash.exec('k hi', { env: r.env, replaceEnv: true })).exitCode).toBe(127);
    expect((await bash.exec('shopt -s expand_aliases; k hi', { env: r.env, replaceEnv: true })).stdout).toBe('hi\n');
  });

  it('keeps $? through `cmd && :` even under set -e, and reports options in SHELLOPTS/BASHOPTS', async () => {
    const rc = defineCommand('rc', async (a) => ({ stdout: '', stderr: '', exitCode: Number(a[0]) }));
    const bash = new Bash({ customCommands: [rc] });
    const r = await bash.exec('set -e -o pipefail; shopt -s expand_aliases; rc 3 && :; echo $?');
    expect(r.stdout).toBe('3\n');
    expect(r.env.SHELLOPTS).toBe('braceexpand:errexit:hashall:interactive-comments:pipefail');
    expect(r.env.BASHOPTS).toBe('expand_aliases:globskipdots');
  });

  it('answers an abort with exit 124, "bash: execution aborted" and without the variables set so far', async () => {
    let release: () => void = () => {};
    const block = defineCommand('block', (_a, ctx) => new Promise((res) => {
      release = () => res(ok());
      ctx.signal?.addEventListener('abort', () => res({ stdout: '', stderr: '', exitCode: 130 }));
    }));
    const bash = new Bash({ customCommands: [block] });
    const ac = new AbortController();
    const p = bash.exec('echo lost; SET_BEFORE=1; block; echo never', { signal: ac.signal });
    await new Promise((r) => setImmediate(r));
    ac.abort();
    release();
    const r = await p;
    expect([r.exitCode, r.stdout, r.stderr, r.env?.SET_BEFORE]).toEqual([124, '', 'bash: execution aborted\n', undefined]);
  });

  it('ends busy loops at 100000 commands (exit 126)', async () => {
    const r = await new Bash().exec('while true; do :; done');
    expect(r.exitCode).toBe(126);
    expect(r.stderr).toBe('bash: too many commands executed (>100000), increase executionLimits.maxCommandCount\n');
  });

  it('parses with HereDoc.terminated, errors with line/column, statements with sourceText', () => {
    const bash = new Bash();
    const asts: unknown[] = [];
    bash.registerTransformPlugin({ name: 'c', transform: (ctx) => (asts.push(ctx.ast), { ast: ctx.ast }) });
    expect(() => bash.transform('cat <<EOF\nabc')).toThrow('Cannot serialize an unterminated here-document');
    expect(JSON.stringify(asts[0])).toContain('"terminated":false');
    bash.transform('sleep 1 & echo $!');
    expect((asts[1] as { statements: { sourceText: string }[] }).statements[0].sourceText).toBe('sleep 1 &');
    try {
      bash.transform('if true; then');
      expect.unreachable();
    } catch (e) {
      expect([(e as { line: number }).line, (e as { column: number }).column]).toEqual([1, 14]);
    }
    expect(() => bash.transform('echo "abc')).toThrow("unexpected EOF while looking for matching `\"'");
  });

  it('keeps InMemoryFs entries in a private `data` Map of {type, content: Uint8Array, mode, mtime}', async () => {
    const fs = new InMemoryFs();
    await fs.writeFile('/a.txt', 'hi');
    const data = (fs as unknown as { data: Map<string, { type: string; content: Uint8Array; mode: number; mtime: Date }> }).data;
    expect(data).toBeInstanceOf(Map);
    const e = data.get('/a.txt')!;
    expect([e.type, [...e.content], e.mode, e.mtime instanceof Date]).toEqual(['file', [104, 105], 0o644, true]);
  });

  it('lays out command stubs in /bin when given a file system', async () => {
    const fs = new InMemoryFs();
    new Bash({ fs, customCommands: [defineCommand('kubectl', async () => ok())] });
    const bin = await fs.readdir('/bin');
    expect(bin).toContain('grep');
    expect(bin).toContain('kubectl');
  });

  it('gives an overriding custom command the bundled one as origCommand', async () => {
    const xargs = defineCommand('xargs', async (a, ctx) => ctx.origCommand!(a.map((x) => (x === '-n1' ? '1' : x)).flatMap((x) => (x === '1' ? ['-n', '1'] : [x]))));
    const r = await new Bash({ customCommands: [xargs] }).exec('printf "a\\nb\\n" | xargs -n1 echo');
    expect(r.stdout).toBe('a\nb\n');
  });
});
