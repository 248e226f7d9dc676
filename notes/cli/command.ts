// What every command declares: its arguments (parsed strictly before it
// runs), the help text users read, and the work itself.
import type { OptionSpecs, ParsedArgs, Positional } from './args.ts';
import type { CliIo } from './io.ts';

export interface Command {
  name: string;
  /** One line, shown in the top-level help. */
  summary: string;
  /** The usage line after "notebook ". */
  usage: string;
  positionals: Positional[];
  options: OptionSpecs;
  /** Paragraphs shown under the usage line. */
  description: string[];
  /** The shape of --json output, for commands that have it. */
  json?: string[];
  examples: string[];
  /** Resolves to the exit code (0 when it resolves to undefined). */
  run(args: ParsedArgs, io: CliIo): Promise<number | undefined>;
}
