// The spec framework on a toy CLI shaped like kubectl: pflag parsing rules and cobra/kubectl
// error texts (pflag flag.go parseLongArg/parseSingleShortArg, cobra command.go Find/SuggestionsFor,
// kubectl templater.go FlagErrorFunc), and the --help layout.
import { describe, expect, it } from 'vitest';
import { complete, parseCommandLine, renderHelp, runCli, showHelp, wordWrap, type CommandSpec, type RunContext } from '../../../src/shell/commands/spec';
import type { CommandIO } from '../../../src/shell/types';

type Seen = { args: string[]; dash: number; flags: Record<string, unknown> };
let seen = undefined as Seen | undefined;
const record = async (ctx: RunContext<null>) => {
  seen = { args: ctx.args, dash: ctx.argsLenAtDash, flags: ctx.flags.all() };
  return 0;
};

const get: CommandSpec<null> = {
  name: 'get',
  short: 'Display one or many resources',
  long: 'Display one or many resources.',
  usage: 'get TYPE [NAME]',
  examples: '  # List all pods\n  kubectl get pods\n  \n  # Wide\n  kubectl get pods -o wide',
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'If present, list across all namespaces.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format.' },
    { name: 'watch', shorthand: 'w', type: 'bool', usage: 'Watch.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Chunk size.' },
    { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: 'Label columns.' },
    { name: 'env', type: 'stringArray', usage: 'Env.' },
    { name: 'since', type: 'duration', usage: 'Since.' },
    { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Dry run.' },
    { name: 'old', type: 'bool', deprecated: 'use --new instead', usage: 'Old.' },
  ],
  complete: (ctx) => (ctx.args.length === 0 ? ['pods', 'services', 'nodes'] : ['web', 'db']),
  run: record,
};
const root: CommandSpec<null> = {
  name: 'kubectl',
  short: 'kubectl controls the Kubernetes cluster manager',
  long: 'kubectl controls the Kubernetes cluster manager.',
  usage: 'kubectl',
  persistentFlags: [
    { name: 'namespace', shorthand: 'n', type: 'string', usage: 'If present, the namespace scope for this CLI request', complete: () => ['default', 'kube-system'] },
    { name: 'v', shorthand: 'v', type: 'int', usage: 'number for the log level verbosity' },
  ],
  groups: [{ title: 'Basic Commands (Intermediate):', commands: ['get', 'delete'] }],
  subcommands: [
    get,
    { name: 'delete', short: 'Delete resources', usage: 'delete TYPE NAME', run: record, suggestFor: ['remove', 'rm'] },
    { name: 'apply', short: 'Apply a configuration', usage: 'apply -f FILENAME', run: record },
    { name: 'options', short: 'Print the list of flags inherited by all commands', usage: 'options', hidden: true, run: record },
  ],
  run: showHelp,
};

function io(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const c: CommandIO = {
    argv,
    stdin: '',
    env: {},
    cwd: '/root',
    fs: undefined as unknown as CommandIO['fs'],
    signal: new AbortController().signal,
    tty: false,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    sleep: async () => {},
    now: () => 0,
    exec: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
  };
  return { c, out: () => out.join(''), err: () => err.join('') };
}

async function run(line: string): Promise<{ code: number; out: string; err: string; seen: Seen | undefined }> {
  seen = undefined;
  const t = io(line.split(' ').filter(Boolean));
  const code = await runCli(root, t.c, null);
  return { code, out: t.out(), err: t.err(), seen };
}

describe('pflag parsing', () => {
  it.each([
    ['get pods -n dev', ['pods'], 'dev'],
    ['get pods -ndev', ['pods'], 'dev'],
    ['get pods -n=dev', ['pods'], 'dev'],
    ['get pods --namespace=dev', ['pods'], 'dev'],
    ['get pods --namespace dev', ['pods'], 'dev'],
    ['-n dev get pods', ['pods'], 'dev'],
    ['get -n dev pods web', ['pods', 'web'], 'dev'],
  ])('%s', async (line, args, ns) => {
    const r = await run(line);
    expect(r.code).toBe(0);
    expect(r.seen?.args).toEqual(args);
    expect(r.seen?.flags.namespace).toBe(ns);
  });

  it('parses -owide, -o wide, combined bools, ints, lists and durations', async () => {
    let r = await run('get pods -owide -Aw --chunk-size=0x10 -L app,tier -L env --env A=1 --env B=2,C=3 --since 1m30s');
    expect(r.seen?.flags).toMatchObject({
      output: 'wide',
      'all-namespaces': true,
      watch: true,
      'chunk-size': 16,
      'label-columns': ['app', 'tier', 'env'],
      env: ['A=1', 'B=2,C=3'],
      since: 90_000,
    });
    r = await run('get pods --all-namespaces=false -o wide');
    expect(r.seen?.flags).toMatchObject({ 'all-namespaces': false, output: 'wide' });
  });

  it('gives NoOptDefVal flags their default only without a value', async () => {
    expect((await run('get pods --dry-run')).seen?.flags['dry-run']).toBe('unchanged');
    expect((await run('get pods --dry-run=client')).seen?.flags['dry-run']).toBe('client');
    // A separate word is a positional, not the value (pflag NoOptDefVal semantics).
    expect((await run('get pods --dry-run client')).seen?.args).toEqual(['pods', 'client']);
  });

  it('stops at -- and records ArgsLenAtDash', async () => {
    const r = await run('get web -o yaml -- sh -c -n');
    expect(r.seen).toEqual(expect.objectContaining({ args: ['web', 'sh', '-c', '-n'], dash: 1 }));
    expect(r.seen?.flags.namespace).toBe('');
  });

  it('warns about deprecated flags on stderr', async () => {
    const r = await run('get pods --old');
    expect(r.code).toBe(0);
    expect(r.err).toBe('Flag --old has been deprecated, use --new instead\n');
  });
});

describe('usage errors (kubectl wording)', () => {
  it.each([
    ['get pods --foo', 'error: unknown flag: --foo\nSee \'kubectl get --help\' for usage.\n'],
    ['get pods -x', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"],
    ['get pods -Ax', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"],
    ['get pods --namespace', 'error: flag needs an argument: --namespace\nSee \'kubectl get --help\' for usage.\n'],
    ['get pods -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    [
      'get pods --chunk-size=abc',
      'error: invalid argument "abc" for "--chunk-size" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    [
      'get pods -v x',
      'error: invalid argument "x" for "-v, --v" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    [
      'get pods --since=5d',
      'error: invalid argument "5d" for "--since" flag: time: unknown unit "d" in duration "5d"\nSee \'kubectl get --help\' for usage.\n',
    ],
    [
      'get pods -A=maybe',
      'error: invalid argument "maybe" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    ],
    ['--foo', "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"],
  ])('%s', async (line, err) => {
    const r = await run(line);
    expect(r).toEqual(expect.objectContaining({ code: 1, out: '', err }));
  });

  it('suggests commands like cobra (distance 2, prefix, SuggestFor)', async () => {
    expect((await run('gte pods')).err).toBe('error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n');
    expect((await run('remove pod x')).err).toBe('error: unknown command "remove" for "kubectl"\n\nDid you mean this?\n\tdelete\n');
    expect((await run('de')).err).toBe('error: unknown command "de" for "kubectl"\n\nDid you mean this?\n\tget\n\tdelete\n');
    expect(await run('foo')).toEqual(expect.objectContaining({ code: 1, err: 'error: unknown command "foo" for "kubectl"\n' }));
  });
});

describe('help', () => {
  it('prints a command help in kubectl layout', async () => {
    const r = await run('get --help');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Display one or many resources.',
        '',
        'Examples:',
        '  # List all pods',
        '  kubectl get pods',
        '  ',
        '  # Wide',
        '  kubectl get pods -o wide',
        '',
        'Options:',
        '    -A, --all-namespaces=false:',
        '\tIf present, list across all namespaces.',
        '',
        '    --chunk-size=500:',
        '\tChunk size.',
        '',
        "    --dry-run='none':",
        '\tDry run.',
        '',
        '    --env=[]:',
        '\tEnv.',
        '',
        '    -L, --label-columns=[]:',
        '\tLabel columns.',
        '',
        "    -o, --output='':",
        '\tOutput format.',
        '',
        '    --since=0s:',
        '\tSince.',
        '',
        '    -w, --watch=false:',
        '\tWatch.',
        '',
        'Usage:',
        '  kubectl get TYPE [NAME] [flags] [options]',
        '',
        'Use "kubectl options" for a list of global command-line options (applies to all commands).',
        '',
      ].join('\n'),
    );
    expect((await run('get pods -h')).out).toBe(r.out);
  });

  it('lists the root commands by group, then Other Commands', async () => {
    for (const line of ['', '--help']) {
      const r = await run(line);
      expect(r.code).toBe(0);
      expect(r.out).toBe(
        [
          'kubectl controls the Kubernetes cluster manager.',
          '',
          'Basic Commands (Intermediate):',
          '  get           Display one or many resources',
          '  delete        Delete resources',
          '',
          'Other Commands:',
          '  apply         Apply a configuration',
          '',
          'Usage:',
          '  kubectl [flags] [options]',
          '',
          'Use "kubectl <command> --help" for more information about a given command.',
          'Use "kubectl options" for a list of global command-line options (applies to all commands).',
          '',
        ].join('\n'),
      );
    }
  });

  it('wraps flag usages at the terminal limit minus 10 (a 120-column terminal)', () => {
    // kubectl get --help on a wide terminal (observed in kubectl 1.2x transcripts).
    const usage =
      'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.';
    const help = renderHelp(parseCommandLine(root, ['get']).path, { width: 150 });
    expect(wordWrap(usage, 110)).toBe(
      'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even\nif specified with --namespace.',
    );
    expect(help).toContain('    -A, --all-namespaces=false:\n\tIf present, list across all namespaces.\n');
  });
});

describe('completion', () => {
  const c = (line: string) => {
    const words = line.split(' ');
    return complete(root, words, words.length - 1, null);
  };
  it('completes subcommands, flags, flag values and positionals', async () => {
    expect(await c('kubectl g')).toEqual(['get']);
    expect(await c('kubectl ')).toEqual(['get', 'delete', 'apply']);
    expect(await c('kubectl get --all')).toEqual(['--all-namespaces']);
    expect(await c('kubectl get -n ')).toEqual(['default', 'kube-system']);
    expect(await c('kubectl get --namespace=k')).toEqual(['--namespace=kube-system']);
    expect(await c('kubectl get p')).toEqual(['pods']);
    expect(await c('kubectl -n dev get pods ')).toEqual(['web', 'db']);
  });
});
