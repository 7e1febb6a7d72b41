// API errors shaped like apimachinery's StatusError (pkg/api/errors) and field errors
// (pkg/util/validation/field). Messages are worded as the API server words them, so kubectl's
// printer only has to prefix `Error from server (<Reason>): `.

/** Field error types, as `field.ErrorType` renders them. */
export type FieldErrorType =
  | 'Required value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Forbidden'
  | 'Too long'
  | 'Too many'
  | 'Not found'
  | 'Internal error';

/** One validation failure at a field path such as `spec.containers[0].image`. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The offending value; absent for Required/Forbidden. */
  badValue?: unknown;
  /** Human explanation appended after the value. */
  detail?: string;
  /** For Unsupported value: the allowed values. */
  supported?: string[];
}

/** Renders a bad value as apimachinery ≥1.34 does: strings quoted, numbers/bools bare, other JSON. */
export function renderBadValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(v);
}

/** `field.Error.Error()` without the field prefix (ErrorBody). */
export function fieldErrorBody(e: FieldError): string {
  switch (e.type) {
    case 'Required value':
    case 'Forbidden':
    case 'Too long':
    case 'Too many':
    case 'Internal error':
      return e.detail ? `${e.type}: ${e.detail}` : e.type;
    case 'Unsupported value': {
      const s = `${e.type}: ${renderBadValue(e.badValue)}`;
      return e.supported ? `${s}: supported values: ${e.supported.map((x) => JSON.stringify(x)).join(', ')}` : s;
    }
    default: {
      const s = `${e.type}: ${renderBadValue(e.badValue)}`;
      return e.detail ? `${s}: ${e.detail}` : s;
    }
  }
}

/** `field.Error.Error()`: `<path>: <body>`. */
export function fieldErrorString(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'Gone'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'InternalError';

const CODES: Record<StatusReason, number> = {
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  Invalid: 422,
  BadRequest: 400,
  Gone: 410,
  Forbidden: 403,
  MethodNotAllowed: 405,
  InternalError: 500,
};

/** A failed API call. `message` is the Status message exactly as the server sends it. */
export class ApiError extends Error {
  readonly code: number;
  constructor(
    readonly reason: StatusReason,
    message: string,
    readonly causes: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = CODES[reason];
  }
}

/** `pods "web" not found`; resource is `<plural>` or `<plural>.<group>`. */
export const notFound = (resource: string, name: string) => new ApiError('NotFound', `${resource} "${name}" not found`);

export const alreadyExists = (resource: string, name: string) =>
  new ApiError('AlreadyExists', `${resource} "${name}" already exists`);

export const conflict = (resource: string, name: string) =>
  new ApiError(
    'Conflict',
    `Operation cannot be fulfilled on ${resource} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
  );

export const gone = (rv: number, oldest: number) =>
  new ApiError('Gone', `too old resource version: ${rv} (${oldest})`);

export const badRequest = (message: string) => new ApiError('BadRequest', message);

/**
 * 422 Invalid, worded as apimachinery's NewInvalid: one cause on one line,
 * several as `[a, b]` (kubectl re-renders several causes as a bulleted list).
 */
export function invalid(kind: string, name: string, causes: FieldError[]): ApiError {
  const parts = causes.map(fieldErrorString);
  const joined = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return new ApiError('Invalid', `${kind} "${name}" is invalid: ${joined}`, causes);
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
