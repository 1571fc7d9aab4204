import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { orderMachine, SequestreError } from '../../src';
import { startRun } from '../../src/engine/runMachine';
import { placed, SELLER } from '../support/fixtures';

describe('orderMachine without input', () => {
  it('ends in an error snapshot carrying INVALID_INPUT for "input", as parseOrderInput words it', () => {
    // @ts-expect-error the machine's input is required by its types; a host in plain JS may still forget it.
    const snapshot = createActor(orderMachine).getSnapshot();
    expect(snapshot.status).toBe('error');
    const error = snapshot.error as SequestreError;
    expect(error).toBeInstanceOf(SequestreError);
    expect({ code: error.code, message: error.message, details: error.details }).toEqual({
      code: 'INVALID_INPUT',
      message: '"input" must be an object.',
      details: { path: 'input', rule: 'object.expected' },
    });
  });

  it("does not disturb xstate's pure transition, which builds an input-less throwaway actor each call", () => {
    const [next] = transition(orderMachine, startRun(placed()).snapshot, {
      type: 'order.accept',
      at: '2026-03-01T12:00:00Z',
      by: SELLER,
    });
    expect(next.status).toBe('active');
    expect(next.context.order.status).toBe('inProgress');
  });
});
