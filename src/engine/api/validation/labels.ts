// Label keys/values, annotations and label selectors as the API server validates them
// (apimachinery validation.go IsQualifiedName / IsValidLabelValue; metav1 validation
// ValidateLabels, ValidateLabelSelector(Requirement); core ValidateAnnotations). Go walks maps in
// random order; we walk keys sorted so output is stable. Annotation size limits are not checked.

import type { FieldError } from '../errors';
import { EMPTY_ERROR, isDNS1123Subdomain, maxLenError, regexError } from './names';

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const qualifiedName = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const labelValue = new RegExp(`^${LABEL_VALUE_FMT}$`);

/** IsQualifiedName: label keys, annotation keys, resource names (`[prefix/]name`). */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push(`prefix part ${EMPTY_ERROR}`);
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push(`name part ${EMPTY_ERROR}`);
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!qualifiedName.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** IsValidLabelValue: empty, or ≤ 63 qualified-name characters. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!labelValue.test(value)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, badValue, detail });

/** ValidateLabelName: the key's messages at `path` (the map's path, not keyed). */
export function validateLabelName(key: string, path: string): FieldError[] {
  return isQualifiedName(key).map((m) => invalid(path, key, m));
}

/** ValidateLabels: each key then its value, at `path` (e.g. `metadata.labels`). */
export function validateLabels(labels: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of Object.keys(labels ?? {}).sort()) {
    errs.push(...validateLabelName(k, path));
    errs.push(...isValidLabelValue(String(labels![k])).map((m) => invalid(path, labels![k], m)));
  }
  return errs;
}

/** ValidateAnnotations: keys must be qualified names (checked lower-cased, reported as written). */
export function validateAnnotations(annotations: Readonly<Record<string, string>> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of Object.keys(annotations ?? {}).sort()) {
    errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(path, k, m)));
  }
  return errs;
}

/** metav1.LabelSelector as manifests write it. */
export interface LabelSelectorSpec {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** ValidateLabelSelector: matchLabels like labels, then each requirement's operator, key and values. */
export function validateLabelSelector(sel: LabelSelectorSpec | undefined | null, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((e, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values = e.values ?? [];
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (values.length === 0) {
        errs.push({ type: 'Required value', field: `${p}.values`, detail: "must be specified when `operator` is 'In' or 'NotIn'" });
      }
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (values.length > 0) {
        errs.push({ type: 'Forbidden', field: `${p}.values`, detail: "may not be specified when `operator` is 'Exists' or 'DoesNotExist'" });
      }
    } else {
      errs.push(invalid(`${p}.operator`, e.operator, 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(e.key, `${p}.key`));
    values.forEach((v, j) => errs.push(...isValidLabelValue(v).map((m) => invalid(`${p}.values[${j}]`, v, m))));
  });
  return errs;
}
