import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args/parseArgs';
import { CliError } from '../../src/cli/CliError';

function refusal(argv: string[]): { message: string; exitCode: number } {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseArgs', () => {
  it.each([
    [[], { name: 'help' }],
    [['help'], { name: 'help' }],
    [['replay', 'x.json', '--help'], { name: 'help' }],
    [['demo', '-h'], { name: 'help' }],
    [['demo'], { name: 'demo', lang: 'en', json: false, preset: 'comeup' }],
    [['demo', '--lang', 'fr'], { name: 'demo', lang: 'fr', json: false, preset: 'comeup' }],
    [['demo', '--lang=fr', '--json'], { name: 'demo', lang: 'fr', json: true, preset: 'comeup' }],
    [['demo', '--preset', 'fiverr'], { name: 'demo', lang: 'en', json: false, preset: 'fiverr' }],
    [['demo', '--preset=upwork', '--lang', 'fr'], { name: 'demo', lang: 'fr', json: false, preset: 'upwork' }],
    [
      ['policy', 'check', 'p.json', '--against', 'comeup'],
      { name: 'policy check', file: 'p.json', maxHold: undefined, json: false, against: 'comeup' },
    ],
    [['replay', 'order.jsonl'], { name: 'replay', file: 'order.jsonl', lang: 'en', json: false }],
    [
      ['replay', '--json', 'order.json', '--lang', 'fr'],
      { name: 'replay', file: 'order.json', lang: 'fr', json: true },
    ],
    [['diagram'], { name: 'diagram' }],
    [['policy', 'check', 'p.json'], { name: 'policy check', file: 'p.json', maxHold: undefined, json: false }],
    [
      ['policy', 'check', 'p.json', '--max-hold', 'P2Y'],
      { name: 'policy check', file: 'p.json', maxHold: 'P2Y', json: false },
    ],
    [
      ['policy', 'check', '--max-hold=P10D', 'p.json', '--json'],
      { name: 'policy check', file: 'p.json', maxHold: 'P10D', json: true },
    ],
  ])('reads %j', (argv, command) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  it.each([
    [['deploy'], 'Unknown command "deploy"; the commands are demo, replay, diagram and policy check.'],
    [['policy'], 'policy needs a subcommand: sequestre policy check <file>.'],
    [
      ['policy', 'lint', 'p.json'],
      'Unknown command "policy lint"; the policy command is sequestre policy check <file>.',
    ],
    [['replay'], 'replay needs a file: sequestre replay <file>.'],
    [['policy', 'check'], 'policy check needs a file: sequestre policy check <file>.'],
    [['replay', 'a.json', 'b.json'], 'replay takes one file, but got "b.json" too.'],
    [['demo', 'extra'], 'demo takes no file, but got "extra" too.'],
    [['demo', '--verbose'], 'demo has no option "--verbose"; its options are --lang, --json and --preset.'],
    [['diagram', '--json'], 'diagram has no option "--json"; it takes no options.'],
    [['demo', '-v'], 'demo has no option "-v"; its options are --lang, --json and --preset.'],
    [
      ['replay', 'a.json', '--max-hold', 'P9D'],
      'replay has no option "--max-hold"; its options are --lang and --json.',
    ],
    [['demo', '--lang'], 'The option --lang needs a value.'],
    [['demo', '--lang', '--json'], 'The option --lang needs a value.'],
    [['demo', '--lang', 'de'], 'The option --lang takes en or fr, not "de".'],
    [['demo', '--json=yes'], 'The option --json takes no value.'],
    [['demo', '--json', '--json'], 'The option --json is given twice.'],
    [
      ['policy', 'check', 'p.json', '--max-hold', '90 days'],
      'The option --max-hold takes a positive ISO 8601 duration such as P90D or P2Y, not "90 days".',
    ],
    [['demo', '--preset', 'malt'], 'The option --preset takes comeup, fiverr, upwork, not "malt".'],
    [
      ['policy', 'check', 'p.json', '--against', 'acme.json'],
      'The option --against takes comeup, fiverr, upwork, not "acme.json".',
    ],
    [
      ['policy', 'check', 'p.json', '--max-hold', 'PT0S'],
      'The option --max-hold takes a positive ISO 8601 duration such as P90D or P2Y, not "PT0S".',
    ],
  ])('refuses %j with one sentence and exit code 2', (argv, message) => {
    expect(refusal(argv)).toEqual({ message, exitCode: 2 });
  });
});
