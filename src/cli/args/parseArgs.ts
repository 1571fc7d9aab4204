import { CliError } from '../CliError';
import { LANGS, type Lang } from '../i18n/lang';
import { spanOf } from '../policy/spanOf';

/** The built-in policies the CLI can name: `presets.<name>`. */
export const PRESET_NAMES = ['comeup', 'fiverr', 'upwork'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A command line, understood. */
export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'demo'; readonly lang: Lang; readonly json: boolean; readonly preset: PresetName }
  | { readonly name: 'replay'; readonly file: string; readonly lang: Lang; readonly json: boolean }
  | { readonly name: 'diagram' }
  | {
      readonly name: 'policy check';
      readonly file: string;
      readonly maxHold: string | undefined;
      readonly json: boolean;
      readonly against: PresetName | undefined;
    };

type Flag = 'lang' | 'json' | 'max-hold' | 'preset' | 'against' | 'help';

// The flags each command takes, and whether a flag needs a value.
const FLAGS: Readonly<Record<Exclude<Command['name'], 'help'>, readonly Flag[]>> = {
  demo: ['lang', 'json', 'preset'],
  replay: ['lang', 'json'],
  diagram: [],
  'policy check': ['max-hold', 'json', 'against'],
};
const TAKES_VALUE: ReadonlySet<Flag> = new Set(['lang', 'max-hold', 'preset', 'against']);

/**
 * Reads `process.argv.slice(2)`: a command, its positional arguments, then `--flag value` or
 * `--flag=value` options in any order. `--help` or `-h` anywhere asks for help.
 *
 * @throws CliError (exit code 2) with one sentence for an unknown command, flag or value.
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { name: 'help' };
  const [first, ...rest] = argv;
  const name = first === 'policy' ? policyCommand(rest.shift()) : first;
  if (!isCommand(name))
    throw usage(`Unknown command "${first}"; the commands are demo, replay, diagram and policy check.`);
  const { positionals, flags } = split(rest, name);
  const expected = name === 'replay' || name === 'policy check' ? 1 : 0;
  if (positionals.length < expected) throw usage(`${name} needs a file: sequestre ${name} <file>.`);
  if (positionals.length > expected)
    throw usage(`${name} takes ${expected === 0 ? 'no file' : 'one file'}, but got "${positionals[expected]}" too.`);
  const lang = readLang(flags.get('lang'));
  const json = flags.has('json');
  switch (name) {
    case 'demo':
      return { name, lang, json, preset: readPreset('preset', flags.get('preset')) ?? 'comeup' };
    case 'replay':
      return { name, file: positionals[0]!, lang, json };
    case 'diagram':
      return { name };
    case 'policy check':
      return {
        name,
        file: positionals[0]!,
        maxHold: readMaxHold(flags.get('max-hold')),
        json,
        against: readPreset('against', flags.get('against')),
      };
  }
}

function policyCommand(sub: string | undefined): string {
  if (sub === 'check') return 'policy check';
  throw usage(
    sub === undefined
      ? 'policy needs a subcommand: sequestre policy check <file>.'
      : `Unknown command "policy ${sub}"; the policy command is sequestre policy check <file>.`,
  );
}

function isCommand(name: string | undefined): name is keyof typeof FLAGS {
  return name !== undefined && Object.hasOwn(FLAGS, name);
}

function split(
  args: readonly string[],
  command: keyof typeof FLAGS,
): { positionals: string[]; flags: Map<Flag, string> } {
  const positionals: string[] = [];
  const flags = new Map<Flag, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [key, inline] = arg.startsWith('--') ? splitOnce(arg.slice(2)) : [arg, undefined];
    const flag = FLAGS[command].find((known) => known === key);
    if (flag === undefined) throw usage(`${command} has no option "${arg}"${hint(command)}.`);
    if (flags.has(flag)) throw usage(`The option --${flag} is given twice.`);
    if (!TAKES_VALUE.has(flag)) {
      if (inline !== undefined) throw usage(`The option --${flag} takes no value.`);
      flags.set(flag, '');
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw usage(`The option --${flag} needs a value.`);
    if (inline === undefined) index += 1;
    flags.set(flag, value);
  }
  return { positionals, flags };
}

function splitOnce(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals === -1 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

function hint(command: keyof typeof FLAGS): string {
  const flags = FLAGS[command];
  if (flags.length === 0) return '; it takes no options';
  const names = flags.map((flag) => `--${flag}`);
  return `; its options are ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
}

function readLang(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw usage(`The option --lang takes ${LANGS.join(' or ')}, not "${value}".`);
}

function readMaxHold(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const span = spanOf(value);
  if (span === undefined || span.maxMs === 0)
    throw usage(`The option --max-hold takes a positive ISO 8601 duration such as P90D or P2Y, not "${value}".`);
  return value;
}

function readPreset(flag: 'preset' | 'against', value: string | undefined): PresetName | undefined {
  if (value === undefined) return undefined;
  if ((PRESET_NAMES as readonly string[]).includes(value)) return value as PresetName;
  throw usage(`The option --${flag} takes ${PRESET_NAMES.join(', ')}, not "${value}".`);
}

function usage(message: string): CliError {
  return new CliError(message, 2);
}
