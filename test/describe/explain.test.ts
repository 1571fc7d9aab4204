import { expect, describe as group, it } from 'vitest';
import { type ActionInfo, availableActions } from '../../src';
import { actionLabel, explainAction, explainError, historyLabel, statusLabel } from '../../src/entries/describe';
import { at, BUYER, DAY, placed, run, SELLER, t0 } from '../support/fixtures';

const NBSP = '\u00a0';

const accepted = () => run(placed(), { type: 'order.accept', at: t0, by: SELLER }).order;
const cancelOf = (list: ActionInfo[]) => list.find((action) => action.type === 'order.cancel')!;

group('explainAction', () => {
  it('says when the buyer can cancel a running order alone, in Paris time (SPEC §10 TOO_EARLY)', () => {
    const cancel = cancelOf(availableActions(accepted(), { viewer: BUYER, at: at(t0, DAY) }));
    expect(cancel).toEqual({
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-04T10:00:00.000Z',
    });
    expect(explainAction(cancel, { locale: 'fr', timeZone: 'Europe/Paris', at: at(t0, DAY) })).toBe(
      `Vous pourrez annuler sans l’accord du vendeur à partir du 4${NBSP}mars à 11${NBSP}h, si la commande n’est pas livrée d’ici là.`,
    );
    expect(explainAction(cancel, { locale: 'en', timeZone: 'America/New_York', at: at(t0, DAY) })).toBe(
      'You can cancel without the seller’s agreement from March 4 at 05:00, if the order is not delivered by then.',
    );
  });

  it('writes the year when no reference instant is given, and minutes when there are some', () => {
    const cancel: ActionInfo = {
      type: 'order.cancel',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-04T08:30:00.000Z',
    };
    expect(explainAction(cancel, { locale: 'fr' })).toBe(
      `Vous pourrez annuler sans l’accord du vendeur à partir du 4${NBSP}mars${NBSP}2026 à 8${NBSP}h${NBSP}30, si la commande n’est pas livrée d’ici là.`,
    );
  });

  it('says another time-bound action opens at its instant', () => {
    const info: ActionInfo = {
      type: 'dispute.open',
      allowed: false,
      reason: 'TOO_EARLY',
      from: '2026-03-04T10:00:00.000Z',
    };
    expect(explainAction(info, { locale: 'en', at: t0 })).toBe('You can open a dispute from March 4 at 10:00.');
    expect(explainAction(info, { locale: 'fr', at: t0 })).toBe(
      `Vous pourrez ouvrir un litige à partir du 4${NBSP}mars à 10${NBSP}h.`,
    );
  });

  it('says an allowed action can be done now', () => {
    expect(explainAction({ type: 'order.deliver', allowed: true }, { locale: 'fr' })).toBe(
      'Vous pouvez livrer la commande.',
    );
    expect(explainAction({ type: 'order.deliver', allowed: true }, { locale: 'en' })).toBe(
      'You can deliver the order.',
    );
  });

  it('gives the code’s reason of a refusal (a line carries no rule), eliding "de" before a vowel in French', () => {
    const info: ActionInfo = { type: 'order.accept', allowed: false, reason: 'ORDER_CLOSED' };
    expect(explainAction(info, { locale: 'fr' })).toBe(
      `Impossible d’accepter la commande${NBSP}: la commande est clôturée et ne peut plus changer.`,
    );
    expect(explainAction({ type: 'revision.request', allowed: false, reason: 'LIMIT_REACHED' }, { locale: 'fr' })).toBe(
      `Impossible de demander une retouche${NBSP}: la limite prévue est atteinte.`,
    );
    expect(explainAction({ type: 'revision.request', allowed: false, reason: 'NOT_ALLOWED' }, { locale: 'en' })).toBe(
      'You cannot request a revision: the order is not at a stage that allows it.',
    );
  });

  it('refuses a malformed action line or options with INVALID_INPUT', () => {
    const bad: unknown[] = [
      [{ type: 'order.teleport', allowed: true }, { locale: 'fr' }],
      [{ type: 'order.cancel', allowed: 'no' }, { locale: 'fr' }],
      [{ type: 'order.cancel', allowed: false }, { locale: 'fr' }],
      [{ type: 'order.cancel', allowed: false, reason: 'TOO_EARLY', from: 'tomorrow' }, { locale: 'fr' }],
      [{ type: 'order.cancel', allowed: true }, { locale: 'de' }],
      [
        { type: 'order.cancel', allowed: true },
        { locale: 'fr', timeZone: 'Mars/Olympus' },
      ],
      [
        { type: 'order.cancel', allowed: true },
        { locale: 'fr', at: '2026-03-01' },
      ],
      [null, { locale: 'fr' }],
      [{ type: 'order.cancel', allowed: true }, null],
    ];
    for (const [action, options] of bad as [ActionInfo, { locale: 'fr' }][]) {
      expect(() => explainAction(action, options)).toThrow(
        expect.objectContaining({ name: 'SequestreError', code: 'INVALID_INPUT' }),
      );
    }
  });
});

group('explainError', () => {
  it('turns a refusal code into a sentence', () => {
    expect(explainError('ORDER_CLOSED', { locale: 'fr' })).toBe('La commande est clôturée et ne peut plus changer.');
    expect(explainError('AMOUNT_MISMATCH', { locale: 'en' })).toBe('The amount paid does not match the price asked.');
  });

  it('says when a TOO_EARLY refusal opens, from `from`', () => {
    const options = { locale: 'fr', timeZone: 'Europe/Paris', at: t0, from: '2026-03-04T10:00:00.000Z' } as const;
    expect(explainError('TOO_EARLY', options)).toBe(`Ce sera possible à partir du 4${NBSP}mars à 11${NBSP}h.`);
    expect(explainError('TOO_EARLY', { locale: 'en' })).toBe('It is not possible yet.');
  });

  it('gives the sentence of the precise rule from the refusal’s details, filled in from them', () => {
    const late = { rule: 'cancel.beforeLate', from: '2026-03-04T10:00:00.000Z' };
    expect(explainError('TOO_EARLY', { locale: 'en', at: t0, details: late })).toBe(
      'You can cancel without the seller’s agreement from March 4 at 10:00, if the order is not delivered by then; until then, request a cancellation.',
    );
    expect(explainError('LIMIT_REACHED', { locale: 'en', details: { rule: 'revision.limitReached', limit: 3 } })).toBe(
      'All 3 revisions included have been used: complete the order or open a dispute.',
    );
    expect(
      explainError('NOT_ALLOWED', { locale: 'fr', details: { rule: 'status.refuses', status: 'delivered' } }),
    ).toBe(`Ce n’est pas possible à l’étape «${NBSP}Livrée${NBSP}».`);
    expect(explainError('INVALID_ORDER', { locale: 'en', details: { rule: 'ledger.notReplayable' } })).toBe(
      'The stored order could not be read: reload it, or contact support if this persists.',
    );
    expect(explainError('CONFLICT', { locale: 'fr', details: { rule: 'payment.idUsed' } })).toBe(
      `Ce paiement a déjà servi pour cette commande${NBSP}: un nouveau paiement est nécessaire.`,
    );
  });

  it('falls back to the code’s sentence for a rule this version does not know, and for details of any shape', () => {
    expect(explainError('NOT_ALLOWED', { locale: 'en', details: { rule: 'order.teleported' } })).toBe(
      'The order is not at a stage that allows it.',
    );
    for (const details of [null, 'rule', 42, [], { rule: 7 }])
      expect(explainError('CONFLICT', { locale: 'en', details })).toBe(
        'A request of the same kind is already waiting for an answer.',
      );
  });

  it('refuses an unknown code with INVALID_INPUT', () => {
    expect(() => explainError('TEAPOT' as 'CONFLICT', { locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

group('labels', () => {
  it('names actions and statuses in the help pages’ words', () => {
    expect(actionLabel('revision.request', 'fr')).toBe('Demander une retouche');
    expect(actionLabel('offer.propose', 'en')).toBe('Propose a custom offer');
    expect(
      ['inProgress', 'delivered', 'revisionRequested', 'disputed', 'cancelled', 'expired'].map((status) =>
        statusLabel(status as 'delivered', 'fr'),
      ),
    ).toEqual(['En cours de réalisation', 'Livrée', 'Demande de retouche', 'Litige', 'Annulée', 'Expirée']);
  });

  it('names history entries in the past tense: events, the placement, deadlines, and an unknown type as it is', () => {
    expect(historyLabel('order.accept', 'en')).toBe('Order accepted');
    expect(historyLabel('order.placed', 'fr')).toBe('Commande passée');
    expect(historyLabel('deadline.review', 'en')).toBe('Order completed automatically: review period over');
    expect(historyLabel('deadline.delivery', 'fr')).toBe(`Commande en retard${NBSP}: délai de réalisation dépassé`);
    expect(historyLabel('order.archived', 'fr')).toBe('order.archived');
  });

  it('names who made an entry when given the entry itself', () => {
    const order = run(
      placed(),
      { type: 'order.accept', at: t0, by: SELLER },
      { type: 'order.cancel', at: t0, by: { role: 'platform', id: 'agent-7' } },
    ).order;
    expect(order.history.map((entry) => historyLabel(entry, 'fr'))).toEqual([
      'Commande passée par l’acheteur',
      'Commande acceptée par le vendeur',
      'Commande annulée par la plateforme',
    ]);
    expect(historyLabel({ type: 'dispute.open', by: { role: 'system' } }, 'en')).toBe('Dispute opened automatically');
    expect(historyLabel({ type: 'deadline.acceptance', by: { role: 'system' } }, 'en')).toBe(
      'Order cancelled automatically: acceptance deadline passed',
    );
  });

  it('refuses an unknown type, status or locale with INVALID_INPUT', () => {
    const calls = [
      () => actionLabel('order.teleport' as 'order.accept', 'fr'),
      () => actionLabel('order.accept', 'es' as 'fr'),
      () => statusLabel('lost' as 'pending', 'en'),
      () => historyLabel(42 as unknown as string, 'en'),
      () => historyLabel('order.placed', 'xx' as 'en'),
      () => historyLabel({ type: 'order.accept', by: { role: 'admin' as 'buyer' } }, 'en'),
      () => historyLabel({ type: '' }, 'en'),
      () => historyLabel(null as unknown as string, 'en'),
    ];
    for (const call of calls) expect(call).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
