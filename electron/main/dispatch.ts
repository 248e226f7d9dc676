// The one door from the renderer to the handlers, used by Electron's ipcMain
// and by the e2e harness alike. Whatever arrives is untrusted: the method name
// must be in the contract, the arguments must pass its zod tuple, and whatever
// goes wrong comes back as a typed ApiError — never a throw, never a stack.
import type { z } from 'zod';
import { contract, type ApiError, type Handlers, type MethodName, type Result } from '../contract.ts';
import { OperationError } from '../../notes/model/apply.ts';
import { StoreError } from '../../notes/store/index.ts';
import { ApiFailure } from './errors.ts';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

function printable(value: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- control characters must not reach the message
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'it does not match the contract';
  const where = first.path.length ? `argument ${first.path.map(String).join(' › ')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return printable(`${where}${first.message}`, 300) + more;
}

const invalid = (message: string): { ok: false; error: ApiError } => ({ ok: false, error: { code: 'invalid-payload', message } });

export interface DispatchOptions {
  /** Where unexpected failures are logged with their stack; stderr by default. */
  log?: (line: string) => void;
}

/** Turns anything a handler threw into the error the renderer sees. */
export function toApiError(err: unknown, name: string, log: (line: string) => void): ApiError {
  if (err instanceof ApiFailure) return err.error;
  if (err instanceof StoreError) return { code: err.code, message: err.message, file: err.file, backupAvailable: err.backupAvailable };
  if (err instanceof OperationError) return { code: 'operation', message: err.message };
  log(`[notebook] ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return {
    code: 'internal',
    message: `Something went wrong inside the app while running “${name}”; your notebook on disk is unchanged — try again, and report it if it keeps happening.`,
  };
}

export async function dispatch(handlers: Handlers, name: unknown, rawArgs: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  const log = options.log ?? ((line: string) => console.error(line));
  if (!isMethodName(name)) {
    // Only a string is echoed back: String() of an arbitrary object can itself throw.
    const shown = typeof name === 'string' ? printable(name) : typeof name;
    return invalid(`The window asked for “${shown}”, which the app does not offer — reload the window and try again.`);
  }
  if (!Array.isArray(rawArgs)) return invalid(`The window sent “${name}” without an argument list — reload the window and try again.`);
  let parsed: ReturnType<(typeof contract)[typeof name]['args']['safeParse']>;
  try {
    parsed = contract[name].args.safeParse(rawArgs);
  } catch {
    // Validation recurses; a payload nested deep enough (batches of batches) overflows the stack.
    return invalid(`The window sent a “${name}” request nested too deeply to check — reload the window and try again.`);
  }
  if (!parsed.success) {
    return invalid(`The window sent an invalid “${name}” request (${describeIssues(parsed.error.issues)}) — reload the window and try again.`);
  }
  try {
    // The tuple was validated against this very method's schema, so the spread fits its handler.
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    const value = await handler.apply(handlers, parsed.data as unknown[]);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toApiError(err, name, log) };
  }
}
