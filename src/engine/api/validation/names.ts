// Name formats and their messages as apimachinery words them (pkg/util/validation/validation.go:
// IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, MaxLenError, RegexError, IsValidPortName;
// pkg/api/validation/generic.go: NameIsDNSSubdomain & co. with maskTrailingDash for generateName;
// ObjectMeta name/generateName checks from objectmeta.go). kube-apiserver v1.34 wording.

import type { FieldError } from '../errors';

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const DNS1035_LABEL_MAX_LENGTH = 63;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const dns1123Label = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const dns1123Subdomain = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const dns1035Label = new RegExp(`^${DNS1035_LABEL_FMT}$`);

/** `must be no more than 63 characters` */
export const maxLenError = (n: number): string => `must be no more than ${n} characters`;

/** `<msg> (e.g. 'a' or 'b', regex used for validation is '<fmt>')` */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** `must be between 1 and 65535, inclusive` */
export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

export const EMPTY_ERROR = 'must be non-empty';
export const IS_NEGATIVE_ERROR = 'must be greater than or equal to 0';

/** IsDNS1123Label: container, port, volume and namespace names. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123Label.test(value)) {
    if (dns1123Subdomain.test(value)) errs.push('must not contain dots');
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          DNS1123_LABEL_FMT,
          'my-name',
          '123-abc',
        ),
      );
  }
  return errs;
}

/** IsDNS1123Subdomain: most object names (pods, deployments, configmaps, …). */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123Subdomain.test(value)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT,
        'example.com',
      ),
    );
  }
  return errs;
}

/** IsDNS1035Label: Service names. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1035_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!dns1035Label.test(value)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_LABEL_FMT,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

/** IsValidPortName (IANA_SVC_NAME): named container/service ports. */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port[0] === '-' || port[port.length - 1] === '-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** IsValidPortNum: `must be between 1 and 65535, inclusive`. */
export const isValidPortNum = (port: number): string[] => (port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)]);

/**
 * A kind's name rule, as in apimachinery's ValidateNameFunc: `prefix` is true when checking a
 * generateName, whose trailing dash is masked (maskTrailingDash, which also drops the character
 * before it, exactly as upstream does).
 */
export type NameValidator = (name: string, prefix: boolean) => string[];

function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** NameIsDNSSubdomain: Pod, Deployment, ConfigMap, Secret, Node, … */
export const nameIsDNSSubdomain: NameValidator = (name, prefix) => isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
/** NameIsDNSLabel: Namespace. */
export const nameIsDNSLabel: NameValidator = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);
/** NameIsDNS1035Label: Service. */
export const nameIsDNS1035Label: NameValidator = (name, prefix) => isDNS1035Label(prefix ? maskTrailingDash(name) : name);

/** ValidateDNS1123Label: one `Invalid value` per message at `path`. */
export function validateDNS1123Label(value: string, path: string): FieldError[] {
  return isDNS1123Label(value).map((detail) => ({ type: 'Invalid value', field: path, badValue: value, detail }));
}

/** ValidateDNS1123Subdomain: one `Invalid value` per message at `path`. */
export function validateDNS1123Subdomain(value: string, path: string): FieldError[] {
  return isDNS1123Subdomain(value).map((detail) => ({ type: 'Invalid value', field: path, badValue: value, detail }));
}

/**
 * The name part of ValidateObjectMeta: `metadata.generateName` (prefix rules), then
 * `metadata.name: Required value: name or generateName is required` or the name rule's messages.
 */
export function validateObjectName(
  meta: { name?: string; generateName?: string },
  nameFn: NameValidator,
  path = 'metadata',
): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) {
    for (const detail of nameFn(meta.generateName, true)) {
      errs.push({ type: 'Invalid value', field: `${path}.generateName`, badValue: meta.generateName, detail });
    }
  }
  if (!meta.name) {
    errs.push({ type: 'Required value', field: `${path}.name`, detail: 'name or generateName is required' });
  } else {
    for (const detail of nameFn(meta.name, false)) {
      errs.push({ type: 'Invalid value', field: `${path}.name`, badValue: meta.name, detail });
    }
  }
  return errs;
}
