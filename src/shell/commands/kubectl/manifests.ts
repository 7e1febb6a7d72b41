// Reading `-f` arguments as cli-runtime's resource visitors do: a file, a directory (its .json,
// .yaml and .yml files in name order; subdirectories only with -R), a glob, `-` for stdin (source
// `STDIN`), or a URL (not reachable from the sandbox). Each file is split into documents on `---`
// lines (yaml.YAMLReader); documents are converted as go-yaml v2 would (YAML 1.1 booleans and
// octals, timestamps kept as strings); empty documents are skipped; `*List` kinds are flattened
// into their items. A syntax error ends that file with kubectl's `error parsing <source>: error
// converting YAML to JSON: yaml: line N: …`, after the documents before it were visited.

import { parseDocument } from 'yaml';
import type { KObject } from '../../../engine/api/types';
import type { CommandIO } from '../../types';
import { CliError } from './errors';
import { goYamlMessage } from './yaml-errors';

/** One document of a manifest: an object, or the error reading it. */
export type ManifestItem = { source: string; obj: KObject; error?: undefined } | { source: string; obj?: undefined; error: CliError };

const EXTENSIONS = ['.json', '.yaml', '.yml'];
const abs = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p.replace(/^\.\//, '')}`);
const joinRel = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/** Splits a stream into documents the way yaml.YAMLReader does (`---` lines, comments allowed after). */
export function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) {
        docs.push(cur.join('\n'));
        cur = [];
        continue;
      }
    }
    cur.push(line);
  }
  docs.push(cur.join('\n'));
  return docs;
}

const YAML_OPTS = {
  version: '1.1' as const,
  uniqueKeys: false,
  customTags: (tags: unknown[]) => tags.filter((t) => !['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:binary'].includes((t as { tag?: string }).tag ?? '')),
};

/** Parses one stream into objects; stops at the first syntax error (kept as the last item). */
export function parseStream(text: string, source: string): ManifestItem[] {
  const out: ManifestItem[] = [];
  for (const doc of splitDocuments(text)) {
    if (doc.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'))) continue;
    const parsed = parseDocument(doc, YAML_OPTS as never);
    if (parsed.errors.length > 0) {
      const msg = goYamlMessage(doc, parsed.errors[0]);
      out.push({ source, error: new CliError(`error parsing ${source}: error converting YAML to JSON: yaml: ${msg}`) });
      return out;
    }
    const value = parsed.toJS({ maxAliasCount: -1 }) as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      const t = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : 'number';
      out.push({ source, error: new CliError(`unable to decode ${JSON.stringify(source)}: json: cannot unmarshal ${t} into Go value of type map[string]interface {}`) });
      continue;
    }
    out.push(...expand(value as Record<string, unknown>, source));
  }
  return out;
}

function expand(o: Record<string, unknown>, source: string): ManifestItem[] {
  if (typeof o.kind !== 'string' || o.kind === '') {
    return [{ source, error: new CliError(`unable to decode ${JSON.stringify(source)}: Object 'Kind' is missing in '${JSON.stringify(o)}'`) }];
  }
  if (o.kind.endsWith('List') && Array.isArray(o.items)) {
    return (o.items as Record<string, unknown>[]).flatMap((i) => expand(i ?? {}, source));
  }
  const obj = o as unknown as KObject;
  if (!obj.metadata || typeof obj.metadata !== 'object') obj.metadata = {};
  return [{ source, obj }];
}

async function listFiles(io: CommandIO, dir: string, rel: string, recursive: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const name of [...(await io.fs.readdir(dir))].sort()) {
    const full = joinRel(dir, name);
    const st = await io.fs.stat(full);
    if (st.isDirectory) {
      if (recursive) out.push(...(await listFiles(io, full, joinRel(rel, name), recursive)));
    } else if (EXTENSIONS.some((e) => name.endsWith(e))) out.push(joinRel(rel, name));
  }
  return out;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

/** The files a `-f` argument names (paths as the user wrote them, for error sources). */
async function expandPath(io: CommandIO, arg: string, recursive: boolean): Promise<string[]> {
  if (/[*?[]/.test(arg)) {
    const slash = arg.lastIndexOf('/');
    const dir = slash < 0 ? '.' : arg.slice(0, slash) || '/';
    const re = globToRegExp(arg.slice(slash + 1));
    const base = abs(io.cwd, dir);
    const names = (await io.fs.exists(base)) ? (await io.fs.readdir(base)).filter((n) => re.test(n)).sort() : [];
    if (names.length === 0) throw new CliError(`the path ${JSON.stringify(arg)} does not exist`);
    return names.map((n) => (slash < 0 ? n : joinRel(arg.slice(0, slash), n)));
  }
  const full = abs(io.cwd, arg);
  if (!(await io.fs.exists(full))) throw new CliError(`the path ${JSON.stringify(arg)} does not exist`);
  const st = await io.fs.stat(full);
  if (st.isDirectory) return listFiles(io, full, arg.replace(/\/$/, ''), recursive);
  return [arg];
}

/**
 * Every document of every `-f` argument, in order. Path problems throw (kubectl fails before
 * visiting anything); per-document problems come back as items with an error.
 */
export async function readManifests(io: CommandIO, filenames: string[], recursive = false): Promise<ManifestItem[]> {
  const streams: { source: string; text?: string; error?: CliError }[] = [];
  for (const arg of filenames) {
    if (arg === '-') {
      streams.push({ source: 'STDIN', text: io.stdin });
    } else if (/^https?:\/\//.test(arg)) {
      const host = arg.replace(/^https?:\/\//, '').split(/[/:]/)[0];
      streams.push({ source: arg, error: new CliError(`Get ${JSON.stringify(arg)}: dial tcp: lookup ${host}: no such host`) });
    } else {
      for (const p of await expandPath(io, arg, recursive)) streams.push({ source: p });
    }
  }
  const items: ManifestItem[] = [];
  for (const s of streams) {
    if (s.error) {
      items.push({ source: s.source, error: s.error });
      continue;
    }
    const text = s.text ?? (await io.fs.readFile(abs(io.cwd, s.source)));
    items.push(...parseStream(text, s.source));
  }
  return items;
}
