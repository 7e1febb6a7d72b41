// The terminal transform: rewrites a parsed script so that output streams to the terminal as bash's
// would, although just-bash buffers each command's output until the command ends (stack.md §2 gap 2).
//
// It walks the AST tracking where stdout and stderr go: the terminal ('out' / 'err': its stdout or
// stderr side, so `2>&1` lands on the terminal's stdout as in a real terminal), wherever the caller's
// go ('inherit', inside function bodies, which may run in a pipe or at the prompt), or somewhere else
// ('none': a pipe, a file, a command substitution). Every simple command bound for the terminal gets
// `>>/dev/pts/0 2>>/dev/pts/0-err` placed *before* its own redirections (so `2>&1`, `>&2`, `>file`
// and `&>` still compose as in bash) and a prefix `__TTY=/dev/pts/0` when its stdout stays on the
// terminal, which programs read as `tty`. Inside functions the targets are `"${__TTY:-/dev/stdout}"`,
// so a function streams at the prompt and feeds the pipe in `f | grep x`. The file system turns
// appends to the device paths into terminal writes (terminal-fs.ts).
//
// The same walk also hands `cmd &` statements to the job table, renames `wait` (a just-bash builtin)
// to our job-aware command, and marks top-level `exit` so nested sessions can close.
// Simplified: output of compound commands' own errors (`[[ ]]`, syntax errors at run time) and xtrace
// still arrive when the whole line ends.

import {
  assign,
  clone,
  group,
  lit,
  literalText,
  pipeline,
  redirect,
  simple,
  statement,
  varOr,
  varWord,
  type CommandNode,
  type FunctionDefNode,
  type PipelineNode,
  type RedirectionNode,
  type SimpleCommandNode,
  type StatementNode,
} from './ast';

/** Device paths the terminal file system turns into writes to the screen. */
export const DEV_OUT = '/dev/pts/0';
export const DEV_ERR = '/dev/pts/0-err';
/** Environment names that carry the device paths (and so `tty`) into programs and functions. */
export const TTY_VAR = '__TTY';
export const TTY_ERR_VAR = '__TTYE';

/** Where an output stream goes: the terminal's stdout or stderr device, the caller's (functions), elsewhere. */
export type Sink = 'out' | 'err' | 'inherit' | 'none';
export interface Mode {
  out: Sink;
  err: Sink;
}

export interface WalkOptions {
  /** The terminal's device paths (default DEV_OUT / DEV_ERR). */
  devices?: { out: string; err: string };
  /** Replaces `stmt &`; returns the argv of the command that starts the job. Omit to leave `&` alone. */
  background?: (stmt: StatementNode, fnDefs: FunctionDefNode[]) => string[];
  /** Command run as `NAME "$?"` right before a top-level `exit` (it must exit with its argument). */
  exitHook?: string;
  /** Command names to replace (e.g. `wait` → `__wait`, because builtins cannot be overridden). */
  renames?: Record<string, string>;
}

interface Ctx {
  opts: WalkOptions;
  inFunction: boolean;
  /** Statements here run in the shell itself (not a subshell, pipe or substitution). */
  topLevel: boolean;
  /** Function definitions seen so far at top level (for background jobs started later). */
  fnDefs: FunctionDefNode[];
}

/** Builtins that gain nothing from `__TTY=` (and some, like `local`, would misbehave with it). */
const NO_TTY_ENV = new Set([
  'set', 'export', 'declare', 'typeset', 'local', 'readonly', 'unset', 'shift', 'cd', 'pushd', 'popd',
  'dirs', 'exit', 'return', 'break', 'continue', 'read', 'readarray', 'mapfile', 'trap', 'shopt',
  'alias', 'unalias', 'hash', 'let', 'test', '[', 'true', 'false', ':', 'getopts', 'umask', 'echo',
  'printf', 'pwd', 'type',
]);

/** Builtins that never write to stdout (and the first three never to stderr): no device redirects, so loops stay fast. */
const NO_STDOUT = new Set([':', 'true', 'false', 'test', '[', 'shift', 'break', 'continue', 'return', 'unset', 'let', 'exit']);
const SILENT = new Set([':', 'true', 'false']);

export const TOP: Mode = { out: 'out', err: 'err' };

/** Which terminal stream a device path (the value of __TTY / __TTYE) writes to. */
export function deviceStream(path: string): 'out' | 'err' {
  return path.endsWith('-err') ? 'err' : 'out';
}

const isTerm = (s: Sink) => s === 'out' || s === 'err';

/** Rewrites `statements` in place for a terminal whose output mode is `mode`. */
export function walkScript(statements: StatementNode[], opts: WalkOptions, mode: Mode = TOP): void {
  walkStatements(statements, mode, { opts, inFunction: false, topLevel: true, fnDefs: [] });
}

function walkStatements(list: StatementNode[], mode: Mode, ctx: Ctx): void {
  for (const st of list) {
    if (ctx.topLevel) {
      for (const pl of st.pipelines) for (const c of pl.commands) if (c.type === 'FunctionDef') ctx.fnDefs.push(clone(c));
    }
    if (st.background && ctx.opts.background) {
      const argv = ctx.opts.background(clone(st), [...ctx.fnDefs]);
      st.pipelines = [pipeline([simple(argv)])];
      st.operators = [];
      st.background = false;
    }
    for (const pl of st.pipelines) walkPipeline(pl, mode, ctx);
  }
}

function walkPipeline(pl: PipelineNode, mode: Mode, ctx: Ctx): void {
  const n = pl.commands.length;
  if (n === 1 && ctx.topLevel && ctx.opts.exitHook) {
    const c = pl.commands[0];
    if (c.type === 'SimpleCommand' && literalText(c.name) === 'exit') {
      // `{ __cap "$?"; exit ARGS; }`: the hook sees the exit (and passes $? through to a bare exit).
      pl.commands[0] = group([statement([simple([ctx.opts.exitHook, varWord('?')])]), statement([c])]);
      ctx = { ...ctx, opts: { ...ctx.opts, exitHook: undefined } };
    }
  }
  const inPipe = n > 1;
  pl.commands.forEach((cmd, i) => {
    const last = i === n - 1;
    const m: Mode = last ? mode : { out: 'none', err: pl.pipeStderr?.[i] ? 'none' : mode.err };
    walkCommand(cmd, m, inPipe ? { ...ctx, topLevel: false } : ctx);
  });
}

function walkCommand(cmd: CommandNode, mode: Mode, ctx: Ctx): void {
  switch (cmd.type) {
    case 'SimpleCommand':
      return walkSimple(cmd, mode, ctx);
    case 'FunctionDef':
      return walkCommand(cmd.body, { out: 'inherit', err: 'inherit' }, { ...ctx, inFunction: true, topLevel: false, fnDefs: [] });
    default: {
      scanWords(cmd.redirections, mode.err, ctx);
      const m = applyRedirections(mode, cmd.redirections, ctx.opts.devices?.out ?? DEV_OUT);
      const inner = cmd.type === 'Subshell' ? { ...ctx, topLevel: false } : ctx;
      switch (cmd.type) {
        case 'If':
          for (const cl of cmd.clauses) {
            walkStatements(cl.condition, m, inner);
            walkStatements(cl.body, m, inner);
          }
          if (cmd.elseBody) walkStatements(cmd.elseBody, m, inner);
          return;
        case 'For':
          scanWords(cmd.words, mode.err, ctx);
          return walkStatements(cmd.body, m, inner);
        case 'CStyleFor':
          return walkStatements(cmd.body, m, inner);
        case 'While':
        case 'Until':
          walkStatements(cmd.condition, m, inner);
          return walkStatements(cmd.body, m, inner);
        case 'Case':
          scanWords(cmd.word, mode.err, ctx);
          for (const item of cmd.items) {
            scanWords(item.patterns, mode.err, ctx);
            walkStatements(item.body, m, inner);
          }
          return;
        case 'Subshell':
        case 'Group':
          return walkStatements(cmd.body, m, inner);
        case 'ConditionalCommand':
          return scanWords(cmd.expression, mode.err, ctx);
        default:
          return;
      }
    }
  }
}

function walkSimple(cmd: SimpleCommandNode, mode: Mode, ctx: Ctx): void {
  scanWords([cmd.name, cmd.args, cmd.assignments, cmd.redirections], mode.err, ctx);
  if (!cmd.name) return; // `X=1` or `> file`: no program runs
  let name = literalText(cmd.name);
  const renamed = name !== null ? ctx.opts.renames?.[name] : undefined;
  if (renamed) {
    cmd.name = lit(renamed);
    name = renamed;
  }
  const dev = ctx.opts.devices ?? { out: DEV_OUT, err: DEV_ERR };
  const eff = applyRedirections(mode, cmd.redirections, dev.out);
  const path = (s: Sink) => (s === 'out' ? dev.out : dev.err);
  const pre: RedirectionNode[] = [];
  const quietOut = name !== null && NO_STDOUT.has(name) && cmd.redirections.length === 0;
  const quietErr = name !== null && SILENT.has(name) && cmd.redirections.length === 0;
  if (quietOut) {
    // nothing to redirect
  } else if (isTerm(mode.out)) pre.push(redirect('>>', null, lit(path(mode.out))));
  else if (mode.out === 'inherit') pre.push(redirect('>>', null, varOr(TTY_VAR, '/dev/stdout')));
  if (quietErr) {
    // nothing to redirect
  } else if (isTerm(mode.err)) pre.push(redirect('>>', 2, lit(path(mode.err))));
  else if (mode.err === 'inherit') pre.push(redirect('>>', 2, varOr(TTY_ERR_VAR, '/dev/stderr')));
  cmd.redirections = [...pre, ...cmd.redirections];
  if (name !== null && NO_TTY_ENV.has(name)) return;
  // Captured output clears the markers explicitly: just-bash applies a command's prefix assignments
  // before expanding its arguments, so `curl $(kubectl …)` would otherwise hand curl's __TTY to kubectl.
  if (isTerm(eff.out)) cmd.assignments.push(assign(TTY_VAR, path(eff.out)));
  else if (eff.out === 'none' && (ctx.inFunction || !ctx.topLevel)) cmd.assignments.push(assign(TTY_VAR, ''));
  if (isTerm(eff.err)) cmd.assignments.push(assign(TTY_ERR_VAR, path(eff.err)));
  else if (eff.err === 'none' && (ctx.inFunction || !ctx.topLevel)) cmd.assignments.push(assign(TTY_ERR_VAR, ''));
}

/** Where stdout/stderr end up after a command's own redirections, applied left to right as bash does. */
export function applyRedirections(mode: Mode, redirs: RedirectionNode[], ttyDevice = DEV_OUT): Mode {
  let { out, err } = mode;
  for (const r of redirs) {
    const op = r.operator;
    if (op === '<' || op === '<<' || op === '<<-' || op === '<<<' || op === '<&') continue;
    const target = r.target.type === 'Word' ? literalText(r.target) : null;
    const fileSink = (): Sink => {
      if (target === '/dev/stdout') return out;
      if (target === '/dev/stderr') return err;
      if (target === '/dev/tty' || target === ttyDevice) return 'out';
      return 'none';
    };
    if (op === '&>' || op === '&>>') {
      out = err = fileSink();
      continue;
    }
    const fd = r.fd ?? (op === '<>' ? 0 : 1);
    if (fd !== 1 && fd !== 2) continue;
    let s: Sink;
    if (op === '>&') {
      if (target === '1') s = out;
      else if (target === '2') s = err;
      else if (r.fd === null && target !== '-') {
        out = err = fileSink(); // `>&file` means `&>file`
        continue;
      } else s = 'none';
    } else s = fileSink();
    if (fd === 1) out = s;
    else err = s;
  }
  return { out, err };
}

/**
 * Finds command and process substitutions inside words (arguments, assignments, redirection targets,
 * here-documents) and walks their bodies: their stdout is captured, their stderr is the shell's.
 */
function scanWords(node: unknown, err: Sink, ctx: Ctx): void {
  if (Array.isArray(node)) {
    for (const x of node) scanWords(x, err, ctx);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as { type?: string; body?: { statements: StatementNode[] } };
  if ((o.type === 'CommandSubstitution' || o.type === 'ProcessSubstitution') && o.body) {
    walkStatements(o.body.statements, { out: 'none', err }, { ...ctx, topLevel: false });
    return;
  }
  for (const v of Object.values(node)) if (v && typeof v === 'object') scanWords(v, err, ctx);
}
