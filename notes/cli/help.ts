// Help texts, built from the commands' declarations so they cannot drift
// from what the parser accepts.
import type { OptionSpec } from './args.ts';
import type { Command } from './command.ts';

function optionLines(options: [string, OptionSpec][]): string[] {
  const left = options.map(([name, spec]) => `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return options.map(([, spec], i) => `  ${left[i]!.padEnd(width)}${spec.help}${spec.type === 'strings' ? ' (repeatable)' : ''}`);
}

export function commandHelp(command: Command): string {
  const options: [string, OptionSpec][] = [...Object.entries(command.options), ['help', { type: 'boolean', short: 'h', help: 'Show this help.' }]];
  const lines = [`Usage: notebook ${command.usage}`, '', command.summary + '.', '', ...command.description, '', 'Options:', ...optionLines(options)];
  if (command.json) lines.push('', 'JSON output (--json):', ...command.json.map((l) => `  ${l}`));
  lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}

export function topHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 3;
  return (
    [
      'Usage: notebook COMMAND FILE [options]',
      '',
      'Research Notebook from the command line: import an article, annotate the claims in it by who makes them,',
      'compare conflicting claims and export briefing notes. FILE is a notebook (.json) file, the same one the app opens.',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
      '',
      'Run notebook COMMAND --help for its options, examples and --json output.',
      'check, list, compare and export only read FILE, so they work while the app has it open; new, import, annotate,',
      'revise, merge (OURS) and restore change it, and are refused while the app or another command is writing it.',
      'Exit status: 0 done, 1 failed (the reason is one line on stderr; nothing was changed), 2 wrong usage.',
      '',
      'Example session:',
      '  notebook new talks.json --title "Coalition talks"',
      '  notebook import talks.json coalition-talks.txt --publisher Rudaw',
      '  notebook annotate talks.json --quote "the commission aims to conclude the presence of the coalition forces in the country" \\',
      '      --actor Baghdad --question "What happens to the coalition\'s mission?" --position "End of the mission" --cue maintained',
      '  notebook annotate talks.json --quote transition --occurrence 1 --actor Washington --position Transition --cue described',
      '  notebook compare talks.json',
      '  notebook export talks.json --format md -o briefing.md',
      '',
      'Options: -h, --help (this help), --version.',
    ].join('\n') + '\n'
  );
}
