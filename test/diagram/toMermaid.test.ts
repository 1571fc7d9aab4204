import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { toMermaid } from '../../src/diagram/toMermaid';

describe('toMermaid', () => {
  const diagram = toMermaid();
  const lines = diagram.trimEnd().split('\n');

  it('starts at the placed choice, which goes to pending or straight to work per the policy (SPEC §9), and ends in the three final statuses', () => {
    expect(lines.slice(0, 5)).toEqual([
      'stateDiagram-v2',
      '  [*] --> placed',
      '  state placed <<choice>>',
      '  placed --> pending : hasAcceptanceStep',
      '  placed --> inProgress : not hasAcceptanceStep',
    ]);
    for (const status of ['completed', 'cancelled', 'expired']) expect(lines).toContain(`  ${status} --> [*]`);
  });

  it('draws the working statuses inside `active`, and edges that leave it outside', () => {
    const open = lines.indexOf('  state active {');
    const close = lines.indexOf('  }');
    const inside = lines.slice(open + 1, close);
    expect(inside[0]).toBe('    [*] --> inProgress');
    expect(inside).toContain('    inProgress --> delivered : order.deliver');
    expect(inside).toContain('    revisionRequested --> delivered : revision.decline');
    // SPEC §9: without a revision answer step, a revision request goes straight back to work.
    expect(inside).toContain('    delivered --> inProgress : revision.request');
    expect(inside).not.toContain('    delivered --> completed : order.complete');
    expect(lines.slice(close)).toContain('  delivered --> completed : order.complete');
    expect(lines.slice(close)).toContain('  active --> disputed : dispute.open');
  });

  it('merges guarded branches that reach the same status and keeps those that do not', () => {
    expect(lines.filter((line) => line.endsWith(': deadline.expiry'))).toEqual([
      '  pending --> expired : deadline.expiry',
      '  active --> expired : deadline.expiry',
    ]);
    expect(lines.filter((line) => line.startsWith('  disputed --> ') && line.endsWith(': dispute.resolve'))).toEqual([
      '  disputed --> cancelled : dispute.resolve',
      '  disputed --> completed : dispute.resolve',
      '  disputed --> inProgress : dispute.resolve',
    ]);
  });

  it('leaves out transitions that stay in place', () => {
    expect(diagram).not.toContain('cancellation.request');
    expect(diagram).not.toContain('deadline.delivery');
  });

  it('draws a state with only eventless branches as a choice, each branch labelled by its guard', () => {
    const choice = createMachine({
      initial: 'start',
      states: {
        start: { always: [{ guard: { type: 'isBig', params: { min: 1 } }, target: 'big' }, { target: 'small' }] },
        big: { type: 'final' },
        small: { type: 'final' },
      },
    });
    expect(toMermaid(choice)).toBe(
      'stateDiagram-v2\n  [*] --> start\n  state start <<choice>>\n  start --> big : isBig\n  start --> small : otherwise\n  big --> [*]\n  small --> [*]\n',
    );
  });

  it('reads any machine it is given', () => {
    const light = createMachine({ initial: 'off', states: { off: { on: { flip: 'on' } }, on: { type: 'final' } } });
    expect(toMermaid(light)).toBe('stateDiagram-v2\n  [*] --> off\n  off --> on : flip\n  on --> [*]\n');
  });
});
