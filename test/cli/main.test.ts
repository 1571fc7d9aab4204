import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The real bin, end to end: a Node process running src/cli/main.ts through tsx, as `npm run demo`
// does, with real argv, files, stdout, stderr and exit code.
function sequestre(...args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('sequestre (process)', () => {
  it('runs the demo to completion with exit code 0', () => {
    const { code, stdout, stderr } = sequestre('demo');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'final balances: paid in 57.50 · held 0.00 · refunded 0.00 · paid out 45.00 · revenue 12.50 EUR · 8 events, 0 refused',
    );
  });

  // Other failures (missing files, bad JSON) take the same path; run.test.ts covers them in memory.
  it('answers a bad command line with one line on stderr and exit code 2', () => {
    expect(sequestre('demo', '--colour')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sequestre: demo has no option "--colour"; its options are --lang, --json and --preset.\n',
    });
  });
});
