// `-o` as cli-runtime's PrintFlags resolve it: yaml, json, name, jsonpath / jsonpath-as-json /
// jsonpath-file, custom-columns / custom-columns-file, and (for `get`) the human-readable table
// (`''`, `wide`). Several objects print as one `List` (get.go printGeneric), one named object
// bare. Unknown formats fail with NoCompatiblePrinterError's text listing the allowed formats.
// Simplified: go-template / template formats are recognised but not evaluated.

import { parseApiVersion, type KObject } from '../../../engine/api/types';
import { CustomColumnsError, parseCustomColumnsSpec, parseCustomColumnsTemplate, renderCustomColumns, type CustomColumn } from '../../format/custom-columns';
import { executeJsonPath, JsonPathError } from '../../format/jsonpath';
import { listOf, toJson, toListJson, toListYaml, toYaml } from '../../format/yaml-json';
import type { CommandIO } from '../../types';
import { CliError } from './errors';

export type OutputFormat =
  | { type: 'human'; wide: boolean }
  | { type: 'yaml' }
  | { type: 'json' }
  | { type: 'name' }
  | { type: 'jsonpath'; template: string; asJson: boolean }
  | { type: 'custom-columns'; columns: CustomColumn[] }
  | { type: 'go-template'; template: string };

const TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];
const GET_FORMATS = [...TEMPLATE_FORMATS, 'custom-columns', 'custom-columns-file', 'wide'].sort();

async function readTemplateFile(io: CommandIO, path: string): Promise<string> {
  const full = path.startsWith('/') ? path : `${io.cwd.replace(/\/$/, '')}/${path}`;
  if (!(await io.fs.exists(full))) throw new CliError(`error reading --template ${path}, open ${path}: no such file or directory`);
  return io.fs.readFile(full);
}

/**
 * Resolves `-o` (and `--template`). `table` allows the human-readable and custom-columns formats
 * (`kubectl get`); otherwise only the object printers are allowed (create, apply, run, …).
 */
export async function parseOutput(io: CommandIO, value: string, opts: { table: boolean; template?: string }): Promise<OutputFormat | undefined> {
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  let arg = eq < 0 ? (opts.template ?? '') : value.slice(eq + 1);
  const allowed = opts.table ? GET_FORMATS : TEMPLATE_FORMATS;
  if (value === '') return opts.table ? { type: 'human', wide: false } : undefined;
  if (!allowed.includes(name)) {
    throw new CliError(`unable to match a printer suitable for the output format ${JSON.stringify(value)}, allowed formats are: ${allowed.join(',')}`);
  }
  switch (name) {
    case 'wide':
      return { type: 'human', wide: true };
    case 'yaml':
    case 'json':
    case 'name':
      return { type: name };
    case 'jsonpath':
    case 'jsonpath-as-json':
    case 'jsonpath-file':
      if (arg === '') throw new CliError('template format specified but no template given');
      if (name === 'jsonpath-file') arg = await readTemplateFile(io, arg);
      return { type: 'jsonpath', template: arg, asJson: name === 'jsonpath-as-json' };
    case 'custom-columns':
    case 'custom-columns-file':
      try {
        const columns = name === 'custom-columns' ? parseCustomColumnsSpec(arg) : parseCustomColumnsTemplate(await readTemplateFile(io, arg));
        return { type: 'custom-columns', columns };
      } catch (e) {
        if (e instanceof CustomColumnsError) throw new CliError(e.message);
        throw e;
      }
    default:
      if (arg === '') throw new CliError('template format specified but no template given');
      return { type: 'go-template', template: arg };
  }
}

/** `pod`, `deployment.apps` from an object's apiVersion and kind (printers/name.go). */
export function kindString(o: KObject): string {
  const { group } = parseApiVersion(o.apiVersion ?? '');
  return group ? `${o.kind.toLowerCase()}.${group}` : o.kind.toLowerCase();
}

/** `pod/web created` style lines (the name printer with an operation). */
export function nameLine(o: KObject, operation?: string): string {
  return `${kindString(o)}/${o.metadata.name}${operation ? ` ${operation}` : ''}\n`;
}

export interface PrintObjectsOptions {
  /** One object was asked for by name: print it bare, not as a List. */
  single: boolean;
  noHeaders?: boolean;
  allowMissingKeys?: boolean;
}

/** Prints objects in a non-table format (yaml, json, name, jsonpath, custom-columns). */
export function printObjects(format: OutputFormat, objects: readonly KObject[], o: PrintObjectsOptions): string {
  const single = o.single && objects.length === 1;
  switch (format.type) {
    case 'yaml':
      return single ? toYaml(objects[0]) : toListYaml(objects);
    case 'json':
      return single ? toJson(objects[0]) : toListJson(objects);
    case 'name':
      return objects.map((x) => nameLine(x)).join('');
    case 'jsonpath':
      try {
        return executeJsonPath(format.template, single ? objects[0] : listOf(objects), {
          allowMissingKeys: o.allowMissingKeys ?? true,
          outputJson: format.asJson,
        });
      } catch (e) {
        if (e instanceof JsonPathError) throw new CliError(e.message);
        throw e;
      }
    case 'custom-columns':
      try {
        return renderCustomColumns(format.columns, objects, { noHeaders: o.noHeaders });
      } catch (e) {
        if (e instanceof CustomColumnsError || e instanceof JsonPathError) throw new CliError(e.message);
        throw e;
      }
    case 'go-template':
      throw new CliError('go-template output is not supported in this simulation; use -o jsonpath instead');
    default:
      throw new CliError('unexpected output format');
  }
}
