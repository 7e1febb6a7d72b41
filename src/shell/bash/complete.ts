// Tab completion as bash's default readline completion does it: a command name in command position
// (programs, /bin and /usr/bin, builtins, functions, aliases), `$VAR` names, otherwise file names
// relative to the working directory (`~` expanded, directories with a trailing `/`, dot files only
// for a leading `.`). Programs register a completer for their arguments (kubectl: resources, names);
// when it returns undefined the file names are offered. Simplified: no programmable `complete -F`.

import type { VirtualFs } from '../types';

export interface CompletionRequest {
  /** Words of the current command before the one being completed (argv[0] is the command). */
  argv: string[];
  /** The (unquoted) word being completed, up to the cursor. */
  word: string;
  cwd: string;
  env: Readonly<Record<string, string>>;
  fs: VirtualFs;
}

export type Completer = (req: CompletionRequest) => string[] | undefined | Promise<string[] | undefined>;

/** Replace `line.slice(from, to)` (the word up to the cursor) with one of the candidates. */
export interface Completion {
  from: number;
  to: number;
  candidates: string[];
}

export const BUILTINS = [
  'alias', 'bg', 'break', 'cd', 'command', 'continue', 'declare', 'echo', 'eval', 'exec', 'exit', 'export',
  'false', 'fg', 'getopts', 'hash', 'history', 'jobs', 'kill', 'let', 'local', 'printf', 'pwd', 'read',
  'readonly', 'return', 'set', 'shift', 'shopt', 'source', 'test', 'trap', 'true', 'type', 'typeset',
  'ulimit', 'umask', 'unalias', 'unset', 'wait',
];

interface Tokens {
  /** Words of the current command segment, unquoted, before the current word. */
  words: string[];
  current: string;
  start: number;
}

/** Splits the text before the cursor into the current command's words (quotes removed). */
export function tokenize(text: string): Tokens {
  let words: string[] = [];
  let cur = '';
  let start = 0;
  let inWord = false;
  let quote: '' | "'" | '"' = '';
  const end = () => {
    if (inWord) words.push(cur);
    cur = '';
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      if (!inWord) start = i;
      inWord = true;
      cur += text[++i];
    } else if (c === "'" || c === '"') {
      if (!inWord) start = i;
      inWord = true;
      quote = c;
    } else if (/\s/.test(c)) end();
    else if ('|;&()'.includes(c)) {
      end();
      words = [];
    } else if ('<>'.includes(c)) end();
    else {
      if (!inWord) start = i;
      inWord = true;
      cur += c;
    }
  }
  if (!inWord) start = text.length;
  return { words, current: cur, start };
}

export interface CompletionSource {
  cwd: string;
  env: Record<string, string>;
  home: string;
  fs: VirtualFs;
  /** Command names available on the host besides files in /bin and /usr/bin. */
  commandNames(): string[];
  completers: Map<string, Completer>;
}

function escapeWord(s: string): string {
  return s.replace(/([\s'"\\$`&|;()<>*?!])/g, '\\$1');
}

async function fileCandidates(word: string, src: CompletionSource, onlyDirs = false): Promise<string[]> {
  const slash = word.lastIndexOf('/');
  const typedDir = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = word.slice(slash + 1);
  let dir = typedDir.startsWith('~') ? src.home + typedDir.slice(1) : typedDir;
  if (!dir) dir = src.cwd;
  else if (!dir.startsWith('/')) dir = `${src.cwd.replace(/\/$/, '')}/${dir}`;
  let names: string[];
  try {
    names = await src.fs.readdir(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const n of names.sort()) {
    if (!n.startsWith(base) || (n.startsWith('.') && !base.startsWith('.'))) continue;
    const isDir = await src.fs.stat(`${dir.replace(/\/$/, '')}/${n}`).then((s) => s.isDirectory, () => false);
    if (onlyDirs && !isDir) continue;
    out.push(escapeWord(typedDir + n) + (isDir ? '/' : ''));
  }
  return out;
}

export async function completeLine(line: string, cursor: number, src: CompletionSource): Promise<Completion> {
  const tok = tokenize(line.slice(0, cursor));
  const { current, start } = tok;
  let k = 0;
  while (k < tok.words.length && /^[A-Za-z_]\w*=/.test(tok.words[k])) k++;
  const args = tok.words.slice(k);
  if (current.startsWith('$') && !current.includes('/')) {
    const p = current.slice(1).replace(/^\{/, '');
    const brace = current.startsWith('${');
    const names = Object.keys(src.env).filter((n) => n.startsWith(p) && !n.startsWith('__') && !n.startsWith('BASH_ALIAS_')).sort();
    return { from: start, to: cursor, candidates: names.map((n) => (brace ? `\${${n}}` : `$${n}`)) };
  }
  if (args.length === 0 && !/^[A-Za-z_]\w*=/.test(current)) {
    if (current.includes('/')) return { from: start, to: cursor, candidates: await fileCandidates(current, src) };
    const names = new Set(src.commandNames());
    for (const dir of ['/bin', '/usr/bin']) for (const n of await src.fs.readdir(dir).catch(() => [] as string[])) names.add(n);
    return { from: start, to: cursor, candidates: [...names].filter((n) => n.startsWith(current) && !n.startsWith('__')).sort() };
  }
  const completer = args.length > 0 ? src.completers.get(args[0]) : undefined;
  if (completer) {
    const words = await completer({ argv: args, word: current, cwd: src.cwd, env: src.env, fs: src.fs });
    if (words) return { from: start, to: cursor, candidates: words };
  }
  return { from: start, to: cursor, candidates: await fileCandidates(current, src, args[0] === 'cd') };
}
