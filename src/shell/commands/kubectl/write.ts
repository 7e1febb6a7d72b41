// Shared steps of the commands that write objects (create, apply, run): --dry-run parsing
// (cmdutil.GetDryRunStrategy), the kubectl.kubernetes.io/last-applied-configuration annotation
// (util.GetModifiedConfiguration: the object as given, compact JSON with sorted keys, its own
// annotation removed but an empty `annotations: {}` kept, plus a newline), and printing a written
// object (`pod/web created`, `… (dry run)`, or -o yaml/json/…; several YAML objects are separated
// by `---` as the YAML printer does after the first).

import type { KObject } from '../../../engine/api/types';
import { clone } from '../../../engine/api/freeze';
import { goJson } from '../../format/yaml-json';
import type { CommandIO } from '../../types';
import { CliError, printErrors } from './errors';
import { readManifests } from './manifests';
import { nameLine, printObjects, type OutputFormat } from './output';

export type DryRun = 'none' | 'client' | 'server';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** --dry-run: none | client | server (`unchanged`, the bare flag, keeps the default). */
export function dryRunStrategy(value: string): DryRun {
  if (value === '' || value === 'none' || value === 'false' || value === 'unchanged') return 'none';
  if (value === 'client' || value === 'true') return 'client';
  if (value === 'server') return 'server';
  throw new CliError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}

/** The operation word with the dry-run suffix (`created (dry run)`). */
export function operation(word: string, dry: DryRun): string {
  return dry === 'client' ? `${word} (dry run)` : dry === 'server' ? `${word} (server dry run)` : word;
}

/** The last-applied-configuration value for `obj` (as it will be sent). */
export function lastAppliedValue(obj: KObject): string {
  const o = clone(obj);
  const ann = { ...(o.metadata.annotations ?? {}) };
  delete ann[LAST_APPLIED];
  o.metadata = { ...o.metadata, annotations: ann };
  return goJson(o) + '\n';
}

/** A copy of `obj` carrying its own last-applied-configuration annotation. */
export function withLastApplied(obj: KObject): KObject {
  const value = lastAppliedValue(obj);
  const o = clone(obj);
  o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [LAST_APPLIED]: value };
  return o;
}

/** Prints written objects one by one, as a command's printer does across calls. */
export class ObjectPrinter {
  private count = 0;
  constructor(
    private readonly io: CommandIO,
    private readonly format: OutputFormat | undefined,
  ) {}

  print(obj: KObject, op: string): void {
    const f = this.format;
    if (!f || f.type === 'human') {
      this.io.out(nameLine(obj, op));
      return;
    }
    if (f.type === 'name') {
      this.io.out(nameLine(obj));
      return;
    }
    const text = printObjects(f, [obj], { single: true });
    this.io.out(f.type === 'yaml' && this.count > 0 ? `---\n${text}` : text);
    this.count++;
  }
}

/**
 * Writes every object of the -f manifests as create and apply do (ContinueOnError): each result is
 * printed as it is written, errors (unreadable files included) are printed after, and no objects at
 * all is `no objects passed to <verb>`.
 */
export async function writeManifests(
  io: CommandIO,
  printer: ObjectPrinter,
  files: { filenames: string[]; recursive: boolean },
  verb: string,
  write: (obj: KObject, source: string) => { obj: KObject; op: string },
): Promise<number> {
  const errors: unknown[] = [];
  let count = 0;
  for (const item of await readManifests(io, files.filenames, files.recursive)) {
    if (item.error) {
      errors.push(item.error);
      continue;
    }
    try {
      const r = write(item.obj, item.source);
      count++;
      printer.print(r.obj, r.op);
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length) return printErrors(io, errors);
  if (count === 0) throw new CliError(`no objects passed to ${verb}`);
  return 0;
}
