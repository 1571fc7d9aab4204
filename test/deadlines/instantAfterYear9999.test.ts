import { describe, expect, it } from 'vitest';
import { instantAfterYear9999 } from '../../src/deadlines/instantAfterYear9999';
import type { Order } from '../../src/model/types';

/** The last instant SPEC §3 allows, and the first one past it, as `toInstant` writes them. */
const LAST = '9999-12-31T23:59:59.999Z';
const PAST = '+010000-01-01T00:00:00.000Z';

/** Only the deadlines `instantAfterYear9999` reads: every one within the range, none pending. */
const deadlines = {
  deliveryDeadline: LAST,
  reviewDeadline: null,
  expiresAt: LAST,
  revisionRequest: null,
  requests: { cancellation: null, extension: null },
};
const orderWith = (fields: Record<string, unknown>) => ({ ...deadlines, ...fields }) as unknown as Order;

describe('instantAfterYear9999', () => {
  it('finds nothing when every deadline is at most 9999-12-31T23:59:59.999Z', () => {
    expect(instantAfterYear9999(orderWith({}))).toBeUndefined();
    expect(
      instantAfterYear9999(orderWith({ reviewDeadline: LAST, revisionRequest: { deadline: LAST } })),
    ).toBeUndefined();
  });

  it.each([
    ['deliveryDeadline', { deliveryDeadline: PAST }],
    ['reviewDeadline', { reviewDeadline: PAST }],
    ['expiresAt', { expiresAt: PAST }],
    ['revisionRequest.deadline', { revisionRequest: { deadline: PAST } }],
    ['requests.cancellation.deadline', { requests: { cancellation: { deadline: PAST }, extension: null } }],
    ['requests.extension.deadline', { requests: { cancellation: null, extension: { deadline: PAST } } }],
  ])('names %s when that deadline runs past year 9999', (path, fields) => {
    expect(instantAfterYear9999(orderWith(fields))).toEqual({ path, at: PAST });
  });

  it('names the first one in the order it reads them', () => {
    expect(instantAfterYear9999(orderWith({ expiresAt: PAST, revisionRequest: { deadline: PAST } }))?.path).toBe(
      'expiresAt',
    );
  });
});
