import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyEvent, presets, type Order, type Policy } from '../../src';
import { checkout, deepFreeze, placed } from '../support/fixtures';
import { checkActions, checkChange, checkDuplicate, checkJson, checkMoney, checkNextDeadline, checkRefusal, checkStored } from './support/checks';
import { SEQUENCE_RUNS, timeoutFor } from './support/runs';
import { step, toEvent } from './support/steps';

const MINUTE = 60_000;

/** Every policy outcome that changes where money goes or what a timeout does. */
const policy = fc
  .record({
    onCancellationTimeout: fc.constantFrom('expire', 'accept', 'dispute'),
    onExpiry: fc.constantFrom('forfeit', 'refund', 'release'),
    maxLifetime: fc.constantFrom('P5M', 'P10D', null),
    onCancel: fc.boolean(),
    onPartialRefund: fc.constantFrom('proportional', 'none'),
  })
  .map(({ onCancel, onPartialRefund, ...rest }): Policy => ({ ...presets.comeup, ...rest, refundBuyerFee: { onCancel, onPartialRefund }, name: 'prop' }));

describe('random event sequences', () => {
  it(
    `keep every law of SPEC §2–§11 after every step, whoever sends what and when (${SEQUENCE_RUNS} sequences)`,
    () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 5, maxLength: 25, size: 'max' }), policy, (steps, rules) => {
          let order: Order = deepFreeze(placed({ policy: rules }));
          let atMs = Date.parse(checkout().placedAt);
          let appliedMs = atMs;
          for (const item of steps) {
            atMs += item.stepMinutes * MINUTE;
            const event = deepFreeze(toEvent(order, item, atMs));
            // A careful host stores JSON: every step runs on a deep-frozen copy read back from text.
            const copy = deepFreeze(JSON.parse(JSON.stringify(order)) as Order);
            const result = applyEvent(copy, event);
            if (item.crossChecks) {
              checkJson(order, copy, event, result);
              checkActions(order, item.viewer, new Date(atMs).toISOString());
            }
            if (!result.ok) {
              checkRefusal(result);
              continue;
            }
            checkChange(copy, result);
            checkMoney(copy, result.order, result.effects);
            if (result.duplicate === true) continue;
            appliedMs = Math.max(appliedMs, atMs);
            checkNextDeadline(result.order, appliedMs);
            if (result.order.version === copy.version) continue;
            checkStored(result.order);
            if (event.id !== undefined) checkDuplicate(result.order, event);
            order = deepFreeze(result.order);
          }
        }),
        { numRuns: SEQUENCE_RUNS },
      );
    },
    timeoutFor(SEQUENCE_RUNS),
  );
});
