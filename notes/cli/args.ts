// A small, strict command-line parser. Strict because a mistyped flag must be
// refused before anything is written, with the flag named in the message.
// `--name value`, `--name=value`, `-o value`, repeatable options, `--` to end
// options. The value of a string option is the next argument, whatever it
// starts with, so quotes such as `--quote "-5% in May"` work.
import { UsageError } from './errors.ts';

export interface OptionSpec {
  /** 'strings' may be repeated: `--tag a --tag b`. */
  type: 'string' | 'strings' | 'boolean';
  short?: string;
  /** Shown in help: `--title TITLE`. */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface Positional {
  name: string;
  optional?: boolean;
}

export class ParsedArgs {
  readonly positionals: string[];
  private readonly values: Map<string, string | string[] | true>;

  constructor(positionals: string[], values: Map<string, string | string[] | true>) {
    this.positionals = positionals;
    this.values = values;
  }

  string(name: string): string | undefined {
    const v = this.values.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  strings(name: string): string[] {
    const v = this.values.get(name);
    return Array.isArray(v) ? v : [];
  }

  flag(name: string): boolean {
    return this.values.get(name) === true;
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}

/** Distance ≤ 2 suggestions for a mistyped name. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Parses `argv` (the arguments after the command name). `--help`/`-h` are
 * not handled here: the caller looks for them first.
 */
export function parseArgs(command: string, argv: readonly string[], options: OptionSpecs, positionals: readonly Positional[]): ParsedArgs {
  const byShort = new Map(Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  const values = new Map<string, string | string[] | true>();
  const rest: string[] = [];
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      rest.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    let shown: string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      shown = `--${name}`;
    } else {
      shown = arg.slice(0, 2);
      name = byShort.get(arg.slice(1, 2));
      if (arg.length > 2) inline = arg.slice(2);
    }
    const spec = name === undefined ? undefined : options[name];
    if (name === undefined || spec === undefined) {
      const guess = arg.startsWith('--') ? closest(arg.slice(2).split('=')[0]!, Object.keys(options)) : undefined;
      throw new UsageError(`unknown option ${shown} for ${command}${guess ? ` — did you mean --${guess}?` : ''}`, command);
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`${shown} takes no value (got "${inline}")`, command);
      values.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`${shown} needs a value: ${shown} ${spec.value ?? 'VALUE'}`, command);
      value = argv[++i]!;
    }
    if (spec.type === 'strings') {
      const list = values.get(name);
      values.set(name, Array.isArray(list) ? [...list, value] : [value]);
    } else {
      if (values.has(name)) throw new UsageError(`${shown} was given twice — give it once`, command);
      values.set(name, value);
    }
  }

  const required = positionals.filter((p) => !p.optional);
  if (rest.length < required.length) {
    const missing = required.slice(rest.length).map((p) => p.name);
    throw new UsageError(`${command} needs ${missing.join(' and ')}`, command);
  }
  if (rest.length > positionals.length) {
    const extra = rest[positionals.length]!;
    throw new UsageError(`unexpected argument "${extra}" for ${command}`, command);
  }
  return new ParsedArgs(rest, values);
}
