// ObjectMeta validation every kind runs (apimachinery ValidateObjectMeta): the name (or generateName
// prefix) against the kind's name rule, plus labels and annotations. The rules live in ../validation;
// this file picks the rule per kind. The store resolves generateName after validation, so a missing
// name is only reported by the server when generateName is missing too (api/server.ts metaErrors).

import type { FieldError } from '../errors';
import type { KObject } from '../types';
import { validateAnnotations, validateLabels } from '../validation/labels';
import { nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, validateObjectName, type NameValidator } from '../validation/names';

/** Which name rule a kind uses: DNS-1123 subdomain (most), DNS-1123 label (Namespace), RFC 1035 label (Service). */
export type NameRule = 'subdomain' | 'label' | 'rfc1035';

const RULES: Record<NameRule, NameValidator> = {
  subdomain: nameIsDNSSubdomain,
  label: nameIsDNSLabel,
  rfc1035: nameIsDNS1035Label,
};

/** Name, generateName, labels and annotations errors for `obj` (field paths under `metadata`). */
export function metaErrors(obj: KObject, rule: NameRule): FieldError[] {
  const md = obj.metadata;
  const errs: FieldError[] = [];
  if (md.name) errs.push(...validateObjectName(md, RULES[rule]));
  else if (md.generateName) errs.push(...validateObjectName(md, RULES[rule]).filter((e) => e.field !== 'metadata.name'));
  errs.push(...validateLabels(md.labels ?? {}, 'metadata.labels'));
  errs.push(...validateAnnotations(md.annotations ?? {}, 'metadata.annotations'));
  return errs;
}
