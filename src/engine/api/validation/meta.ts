// ObjectMeta validation on create as apimachinery words it (pkg/api/validation/objectmeta.go
// ValidateObjectMeta(Accessor)): generateName and name by the kind's name rule, namespace presence
// and format, generation, labels, annotations. Not modelled: ownerReferences, finalizers,
// managedFields, annotation size limits, and the update-time immutability checks.

import type { FieldError } from '../errors';
import { validateAnnotations, validateLabels } from './labels';
import { IS_NEGATIVE_ERROR, nameIsDNSLabel, validateObjectName, type NameValidator } from './names';

export interface ObjectMetaLike {
  name?: string;
  generateName?: string;
  namespace?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface MetaRules {
  /** Namespaced kinds need a namespace; cluster-scoped ones must not have one. */
  namespaced: boolean;
  /** The kind's name rule (nameIsDNSSubdomain for most kinds, nameIsDNS1035Label for Services). */
  nameFn: NameValidator;
}

/** ValidateObjectMeta at `path` (default `metadata`). */
export function validateObjectMeta(meta: ObjectMetaLike | undefined, rules: MetaRules, path = 'metadata'): FieldError[] {
  const m = meta ?? {};
  const errs = validateObjectName(m, rules.nameFn, path);
  if (rules.namespaced) {
    if (!m.namespace) errs.push({ type: 'Required value', field: `${path}.namespace` });
    else for (const detail of nameIsDNSLabel(m.namespace, false)) errs.push({ type: 'Invalid value', field: `${path}.namespace`, badValue: m.namespace, detail });
  } else if (m.namespace) {
    errs.push({ type: 'Forbidden', field: `${path}.namespace`, detail: 'not allowed on this type' });
  }
  if (m.generation !== undefined && m.generation < 0) {
    errs.push({ type: 'Invalid value', field: `${path}.generation`, badValue: m.generation, detail: IS_NEGATIVE_ERROR });
  }
  errs.push(...validateLabels(m.labels, `${path}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${path}.annotations`));
  return errs;
}
