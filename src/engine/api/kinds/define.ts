// Helpers for kind files: the default NAME/AGE columns and a builder that fills the common parts.

import { translateTimestampSince } from '../printers/duration';
import type { KindDef, PrintColumn } from '../kind';

export const nameColumn: PrintColumn = { name: 'Name', cell: (o) => o.metadata.name };
export const ageColumn: PrintColumn = {
  name: 'Age',
  cell: (o, ctx) => translateTimestampSince(o.metadata.creationTimestamp, ctx.now),
};

type Names = Pick<KindDef, 'kind' | 'group' | 'version' | 'plural' | 'namespaced'> & Partial<KindDef>;

/** A KindDef with the usual defaults: singular = lower-case kind, NAME and AGE columns, status subresource. */
export function defineKind(d: Names): KindDef {
  return {
    singular: d.kind.toLowerCase(),
    shortNames: [],
    statusSubresource: true,
    columns: [nameColumn, ageColumn],
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    ...d,
  };
}
