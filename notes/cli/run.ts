// The whole command line as one function: argv in, exit code out, output
// through `io`. Every failure ends here as one line on stderr.
import { readFileSync } from 'node:fs';
import { closest, parseArgs } from './args.ts';
import { COMMANDS } from './commands/index.ts';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, oneLine, UsageError } from './errors.ts';
import { commandHelp, topHelp } from './help.ts';
import type { CliIo } from './io.ts';

export type { CliIo } from './io.ts';

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String((pkg as { version?: unknown }).version ?? 'unknown');
}

/** True when --help or -h comes before any `--`. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given — run notebook --help to see the commands');
  if (first === '--help' || first === '-h' || first === 'help') {
    const about = first === 'help' ? rest[0] : undefined;
    if (about === undefined) {
      io.stdout.write(topHelp(COMMANDS));
      return EXIT_OK;
    }
    argv = [about, '--help'];
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`notebook ${version()}\n`);
    return EXIT_OK;
  }
  const name = argv[0]!;
  if (name.startsWith('-')) throw new UsageError(`unknown option ${name} — give a command first, e.g. notebook check FILE (see notebook --help)`);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closest(name, COMMANDS.map((c) => c.name));
    throw new UsageError(`unknown command "${name}"${guess ? ` — did you mean ${guess}?` : ''} (see notebook --help)`);
  }
  const args = argv.slice(1);
  if (asksForHelp(args)) {
    io.stdout.write(commandHelp(command));
    return EXIT_OK;
  }
  const parsed = parseArgs(command.name, args, command.options, command.positionals);
  return (await command.run(parsed, io)) ?? EXIT_OK;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      const see = err.command ? ` (see notebook ${err.command} --help)` : '';
      io.stderr.write(`notebook: ${oneLine(err.message)}${see}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof CliError) {
      io.stderr.write(`notebook: ${oneLine(err.message)}\n`);
      return EXIT_FAILED;
    }
    // A bug, not a user error: still one line, and still nothing half-written (saves are atomic).
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`notebook: unexpected error: ${oneLine(message)} — nothing was changed; please report this\n`);
    return EXIT_FAILED;
  }
}
