// Whether a process on this computer is still running. Signal 0 checks
// without sending anything; EPERM means it runs under another user.
import { errnoOf } from './errors.ts';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoOf(err) === 'EPERM';
  }
}
