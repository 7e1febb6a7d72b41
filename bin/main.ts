// `podlab` in a Node terminal (ARCHITECTURE §6): the same world, shell and lessons as the browser.
//   podlab                      interactive shell (simulated time moves only while a command waits);
//                               with stdin from a pipe or file, runs it as a script like `bash < file`
//   podlab FILE                 run FILE like `bash FILE`
//   podlab -c 'COMMANDS'        run COMMANDS like `bash -c`
// Options: --seed N, --state FILE (load the sandbox from FILE when it exists, save it back after),
// --lesson ID (start a lesson), --start ISO-TIME (simulated start; default: now).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createSandbox, type Sandbox } from '../src/sandbox';
import { readLessons } from './read-lessons';

const USAGE = `usage: podlab [--seed N] [--state FILE] [--lesson ID] [--start ISO-TIME] [-c COMMANDS | FILE]\n`;

interface Args {
  seed?: number;
  state?: string;
  lesson?: string;
  start?: number;
  command?: string;
  file?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    const [flag, inline] = w.startsWith('--') && w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) fail(`podlab: option ${flag} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (flag === '--seed') a.seed = Number(value());
    else if (flag === '--state') a.state = value();
    else if (flag === '--lesson') a.lesson = value();
    else if (flag === '--start') a.start = Date.parse(value());
    else if (flag === '-c') a.command = value();
    else if (flag === '-h' || flag === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (flag.startsWith('-') && flag !== '-') fail(`podlab: unknown option ${flag}\n${USAGE}`);
    else {
      a.file = w;
      break; // like bash: what follows the script name belongs to the script
    }
  }
  if (a.seed !== undefined && !Number.isFinite(a.seed)) fail(`podlab: --seed needs a number\n`);
  if (a.start !== undefined && !Number.isFinite(a.start)) fail(`podlab: --start needs a date such as 2026-01-15T09:00:00Z\n`);
  return a;
}

function fail(msg: string): never {
  process.stderr.write(msg);
  process.exit(2);
}

const yieldToHost = () => new Promise<void>((r) => setImmediate(r));
const write = (stream: 'out' | 'err', text: string) => (stream === 'out' ? process.stdout : process.stderr).write(text);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let saved: string | undefined;
  let progress;
  if (args.state && existsSync(args.state)) {
    const st = JSON.parse(readFileSync(args.state, 'utf8')) as { sandbox: string; progress?: Record<string, { done: number[] }> };
    saved = st.sandbox;
    progress = st.progress;
  }
  const sandbox = await createSandbox({
    seed: args.seed,
    startTime: args.start ?? Date.now(),
    lessons: readLessons(join(dirname(fileURLToPath(import.meta.url)), '..')),
    saved,
    progress,
    lesson: args.lesson,
    mode: 'instant',
    yieldToHost,
    pace: { now: () => Date.now(), wait: (ms) => new Promise((r) => setTimeout(r, ms)) },
  });
  const persist = () => {
    if (args.state) writeFileSync(args.state, JSON.stringify({ sandbox: sandbox.save(), progress: sandbox.progress() }));
  };
  process.on('SIGINT', () => sandbox.interrupt());

  let code: number;
  if (args.command !== undefined) code = await sandbox.runScript(args.command, write);
  else if (args.file !== undefined) {
    if (!existsSync(args.file)) fail(`podlab: ${args.file}: No such file or directory\n`);
    code = await sandbox.runScript(readFileSync(args.file, 'utf8'), write);
  } else if (!process.stdin.isTTY) {
    // Like `bash < file`: commands from a pipe or file run as a script, without prompts.
    code = await sandbox.runScript(await readStdin(), write);
  } else code = await interactive(sandbox, persist);
  persist();
  process.exit(code);
}

function readStdin(): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => (text += d));
    process.stdin.on('end', () => resolve(text));
  });
}

/** The interactive shell on Node's readline: history, Tab completion, continuation lines, Ctrl-C. */
function interactive(sandbox: Sandbox, persist: () => void): Promise<number> {
  return new Promise((resolve) => {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: sandbox.history().reverse(),
      historySize: 1000,
      completer: (line: string, cb: (err: null, r: [string[], string]) => void) => {
        sandbox.complete(line, line.length).then(
          (c) => cb(null, [c.candidates.map((x) => line.slice(0, c.from) + x), line]),
          () => cb(null, [[], line]),
        );
      },
    });
    process.stdout.write(sandbox.banner());
    let pending = '';
    let running = false;
    let last = 0;
    rl.setPrompt(sandbox.prompt());
    rl.prompt();
    rl.on('SIGINT', () => {
      if (running) {
        queue.length = 0;
        process.stdout.write('^C');
        sandbox.interrupt();
      }
      else {
        pending = '';
        process.stdout.write('^C\n');
        rl.setPrompt(sandbox.prompt());
        rl.prompt();
      }
    });
    // Lines typed while a command runs wait their turn (type-ahead); readline keeps reading so that
    // Ctrl-C reaches the running command.
    const queue: string[] = [];
    const next = async (line: string): Promise<void> => {
      // `exit` at the outermost prompt ends podlab, as it ends a login shell.
      const exit = !pending && sandbox.depth === 1 ? line.match(/^\s*(?:exit|logout)(?:\s+(\d+))?\s*$/) : null;
      if (exit) {
        if (exit[1] !== undefined) last = Number(exit[1]);
        rl.close();
        return;
      }
      const text = pending ? `${pending}\n${line}` : line;
      running = true;
      const r = await sandbox.run(text, write);
      running = false;
      if (r.incomplete) {
        pending = text;
        rl.setPrompt('> ');
      } else {
        pending = '';
        last = r.exitCode;
        persist();
        rl.setPrompt(r.prompt);
      }
      const queued = queue.shift();
      if (queued !== undefined) return next(queued);
      rl.prompt();
    };
    rl.on('line', (line) => {
      if (running) queue.push(line);
      else void next(line);
    });
    rl.on('close', () => {
      process.stdout.write('exit\n');
      resolve(last);
    });

  });
}

void main();
