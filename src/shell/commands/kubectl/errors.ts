// Every kubectl error goes through here, worded as cmdutil.CheckErr does (kubectl
// pkg/cmd/util/helpers.go checkErr, StandardErrorMessage, MultilineError, MultipleErrors):
// - 422 Invalid → `The <Kind> "<name>" is invalid: <cause>`, or the prefix line (ending in ": ")
//   followed by one `* <cause>` line per cause;
// - other API status errors → `Error from server (<Reason>): <message>`;
// - anything else → `error: <message>` (no double prefix);
// - several errors at once (an aggregate, e.g. `get a b` with both missing) → one line each, with
//   no `error: ` prefix added to non-API ones (messageForError), and a single one is unwrapped first.
// Everything goes to stderr; the exit code is 1 unless the error carries its own (exec).

import { ApiError, fieldErrorString } from '../../../engine/api/errors';
import type { CommandIO } from '../../types';

/** A client-side failure printed as `error: <message>` (or verbatim when `raw`). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** Print the message as is (no `error: ` prefix), e.g. the `get` "You must specify…" text. */
    readonly raw = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit quietly with a code (cmdutil.ErrExit, or a remote command's exit status). */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`command terminated with exit code ${exitCode}`);
    this.name = 'ExitError';
  }
}

/** True for an API error with this reason (apierrors.IsNotFound and friends). */
export const isReason = (e: unknown, reason: ApiError['reason']): boolean => e instanceof ApiError && e.reason === reason;

/** `error when creating "pod.yaml": …` (cmdutil.AddSourceToErr); keeps API errors API errors. */
export function addSourceToErr(verb: string, source: string, err: unknown): unknown {
  if (!source) return err;
  if (err instanceof ApiError) {
    const e = new ApiError(err.reason, `error when ${verb} ${JSON.stringify(source)}: ${err.message}`, err.causes);
    (e as { invalidHead?: string }).invalidHead = invalidHead(err);
    return e;
  }
  return new CliError(`error when ${verb} ${JSON.stringify(source)}: ${(err as Error).message ?? String(err)}`);
}

/** `The Pod "x" is invalid` from an Invalid status (details.kind / details.name). */
function invalidHead(e: ApiError): string {
  const kept = (e as { invalidHead?: string }).invalidHead;
  if (kept) return kept;
  const m = /^(\S+) "(.*?)" is invalid: /s.exec(e.message);
  return m ? `The ${m[1]} "${m[2]}" is invalid` : 'The request is invalid';
}

/** StandardErrorMessage / messageForError for one error (no trailing newline). */
function messageFor(e: unknown, single: boolean): string {
  if (e instanceof ApiError) {
    if (e.reason === 'Invalid') {
      const head = invalidHead(e);
      const causes = e.causes.map(fieldErrorString);
      if (causes.length === 0) return head;
      if (causes.length === 1) return `${head}: ${causes[0]}`;
      return `${head}: \n${causes.map((c) => `* ${c}`).join('\n')}`;
    }
    return `Error from server (${e.reason}): ${e.message}`;
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof CliError && e.raw) return msg;
  if (!single) return msg;
  return msg.startsWith('error: ') ? msg : `error: ${msg}`;
}

/** The text kubectl prints for `errs` (one or an aggregate), ending in a newline. */
export function errorText(errs: unknown[]): string {
  if (errs.length === 1) return ensureNewline(messageFor(errs[0], true));
  return errs.map((e) => ensureNewline(messageFor(e, false))).join('');
}

const ensureNewline = (s: string) => (s.endsWith('\n') ? s : s + '\n');

/** Prints `errs` to stderr and returns the exit code (1, or an ExitError's own). */
export function printErrors(io: CommandIO, errs: unknown[]): number {
  if (errs.length === 0) return 0;
  const only = errs.length === 1 ? errs[0] : undefined;
  if (only instanceof ExitError) return only.exitCode;
  io.err(errorText(errs));
  return only instanceof CliError ? only.exitCode : 1;
}

/** Runs a command body, printing any thrown error the kubectl way. */
export async function guard(io: CommandIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') return 130;
    return printErrors(io, [e]);
  }
}
