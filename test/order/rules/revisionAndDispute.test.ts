import { describe, expect, it } from 'vitest';
import { refuseDisputeWithdraw } from '../../../src/order/rules/dispute';
import { refuseRevisionRequest } from '../../../src/order/rules/revision';
import { at, BUYER, DAY, delivered, disputed, HOUR, ms, PLATFORM, run, SELLER, SYSTEM, t0 } from '../orders';

const when = ms(at(t0, 3 * DAY));

describe('refuseRevisionRequest', () => {
  it('lets a first revision through, and any number with maxRevisions null', () => {
    expect(refuseRevisionRequest({ order: delivered(), by: BUYER, atMs: when })).toBeUndefined();
    expect(refuseRevisionRequest({ order: delivered({ maxRevisions: null }), by: BUYER, atMs: when })).toBeUndefined();
  });

  it('refuses after a declined revision of this delivery', () => {
    const declined = run(
      delivered(),
      { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER },
      { type: 'revision.decline', at: at(t0, 2 * DAY + HOUR), by: SELLER },
    ).order;
    expect(refuseRevisionRequest({ order: declined, by: BUYER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'The seller declined a revision of this delivery; complete the order or open a dispute.',
      details: { rule: 'revision.declinedSinceDelivery' },
    });
  });

  it('refuses once maxRevisions accepted revisions were used, and not one before', () => {
    const order = delivered({ maxRevisions: 1 });
    expect(refuseRevisionRequest({ order, by: BUYER, atMs: when })).toBeUndefined();
    const used = run(
      order,
      { type: 'revision.request', at: at(t0, 2 * DAY), by: BUYER },
      { type: 'revision.accept', at: at(t0, 2 * DAY + HOUR), by: SELLER },
      { type: 'order.deliver', at: at(t0, 3 * DAY), by: SELLER },
    ).order;
    expect(refuseRevisionRequest({ order: used, by: BUYER, atMs: when })).toEqual({
      code: 'LIMIT_REACHED',
      message: 'All 1 revisions included in this order were used; complete the order or open a dispute.',
      details: { rule: 'revision.limitReached', limit: 1 },
    });
  });

  it('refuses at once with maxRevisions 0', () => {
    expect(refuseRevisionRequest({ order: delivered({ maxRevisions: 0 }), by: BUYER, atMs: when })).toMatchObject({
      code: 'LIMIT_REACHED',
      details: { limit: 0 },
    });
  });
});

describe('refuseDisputeWithdraw', () => {
  it('lets the opener withdraw', () => {
    expect(refuseDisputeWithdraw({ order: disputed(BUYER), by: BUYER, atMs: when })).toBeUndefined();
    expect(
      refuseDisputeWithdraw({ order: disputed(PLATFORM), by: { role: 'platform', id: 'agent-2' }, atMs: when }),
    ).toBeUndefined();
  });

  it('refuses anyone else', () => {
    expect(refuseDisputeWithdraw({ order: disputed(BUYER), by: SELLER, atMs: when })).toEqual({
      code: 'NOT_ALLOWED',
      message: 'Only the party that opened the dispute can withdraw it.',
      details: { rule: 'dispute.notOpener' },
    });
  });

  it('refuses everyone for an automatic dispute, pointing to the platform', () => {
    const order = { ...disputed(BUYER), dispute: { ...disputed(BUYER).dispute!, openedBy: SYSTEM } };
    for (const by of [BUYER, SELLER, PLATFORM]) {
      expect(refuseDisputeWithdraw({ order, by, atMs: when })).toEqual({
        code: 'NOT_ALLOWED',
        message: 'This dispute was opened automatically; only the platform can end it, by resolving it.',
        details: { rule: 'dispute.notOpener' },
      });
    }
  });

  it('refuses when no dispute is recorded', () => {
    expect(refuseDisputeWithdraw({ order: delivered(), by: BUYER, atMs: when })).toMatchObject({
      details: { rule: 'dispute.notOpener' },
    });
  });
});
