// Container resource requirements as core validation checks them (pkg/apis/core/validation:
// ValidateContainerResourceRequirements, validateContainerResourceName, validateResourceName,
// ValidateResourceQuantityValue; pkg/apis/core/helper: IsStandardContainerResourceName,
// IsOvercommitAllowed, IsExtendedResourceName). Maps are walked in sorted key order (Go: random).
// Not modelled: hugepage sizes, resource claims, pod-level resources.

import type { FieldError } from '../errors';
import { isQualifiedName } from './labels';
import { IS_NEGATIVE_ERROR } from './names';
import { compareQuantity, formatQuantity, isQuantity, milliValue, parseQuantity, type Quantity } from './quantity';

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'persistentvolumeclaims',
  'configmaps',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);

const isHugePages = (n: string): boolean => n.startsWith('hugepages-');
/** IsNativeResource: unqualified or `*kubernetes.io/`-prefixed. */
export const isNativeResource = (n: string): boolean => !n.includes('/') || n.includes('kubernetes.io/');
/** IsExtendedResourceName: e.g. `nvidia.com/gpu`. */
export const isExtendedResourceName = (n: string): boolean =>
  !isNativeResource(n) && !n.startsWith('requests.') && isQualifiedName(`requests.${n}`).length === 0;
/** IsOvercommitAllowed: requests may be below limits (not for extended resources or hugepages). */
export const isOvercommitAllowed = (n: string): boolean => isNativeResource(n) && !isHugePages(n);

const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, badValue, detail });

/** validateContainerResourceName (with validateResourceName's checks first). */
export function validateContainerResourceName(name: string, path: string): FieldError[] {
  const qn = isQualifiedName(name).map((m) => invalid(path, name, m));
  if (qn.length) return qn;
  const errs: FieldError[] = [];
  if (!name.includes('/')) {
    if (!STANDARD.has(name) && !isHugePages(name) && !name.startsWith('requests.hugepages-')) {
      errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
    }
    if (!STANDARD_CONTAINER.has(name) && !isHugePages(name)) errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** ValidateResourceQuantityValue: non-negative; whole numbers for extended resources. */
function validateQuantityValue(name: string, q: Quantity, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (q.nanos < 0n) errs.push(invalid(path, formatQuantity(q), IS_NEGATIVE_ERROR));
  if (!isNativeResource(name) && milliValue(q) % 1000 !== 0) errs.push(invalid(path, formatQuantity(q), 'must be an integer'));
  return errs;
}

function parsed(list: Readonly<Record<string, unknown>> | undefined): [string, Quantity][] {
  const out: [string, Quantity][] = [];
  for (const k of Object.keys(list ?? {}).sort()) {
    const q = parseQuantity(String(list![k]).trim());
    if (isQuantity(q)) out.push([k, q]); // unparsable ones were rejected by strict decoding already
  }
  return out;
}

/** ValidateContainerResourceRequirements at `path` (e.g. `spec.containers[0].resources`). */
export function validateResourceRequirements(
  res: { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = `${path}.limits`;
  const reqPath = `${path}.requests`;
  const limits = parsed(res?.limits);
  const limitMap = new Map(limits);
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [name, q] of limits) {
    const p = `${limPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p));
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  for (const [name, q] of parsed(res?.requests)) {
    const p = `${reqPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p));
    const limit = limitMap.get(name);
    if (limit) {
      const cmp = compareQuantity(q, limit);
      if (cmp !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be equal to ${name} limit of ${formatQuantity(limit)}`));
      } else if (cmp > 0) {
        errs.push(invalid(reqPath, formatQuantity(q), `must be less than or equal to ${name} limit of ${formatQuantity(limit)}`));
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push({ type: 'Required value', field: limPath, detail: 'Limit must be set for non overcommitable resources' });
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory) errs.push({ type: 'Forbidden', field: path, detail: 'HugePages require cpu or memory' });
  return errs;
}
