import { expect, describe as group, it } from 'vitest';
import { type Order, presets } from '../../src';
import { describeOrder } from '../../src/entries/describe';
import { at, BUYER, DAY, deepFreeze, HOUR, PLATFORM, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';
import { SCENES } from './situations';

const PARIS = 'Europe/Paris';
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const accepted = (order: Order = placed()) => run(order, { type: 'order.accept', at: t0, by: SELLER }).order;
const text = (
  order: Order,
  viewer: typeof BUYER | typeof SELLER | typeof PLATFORM,
  when: string,
  locale: 'fr' | 'en',
) => describeOrder(deepFreeze(order), { viewer, at: when, locale, timeZone: PARIS });
/** French as the tests write it: plain spaces and apostrophes, typeset as the library prints it. */
const fr = (plain: string) =>
  plain
    .replace(/'/g, '’')
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(/(\d) (?=[\p{L}€])/gu, `$1${NBSP}`)
    .replace(/1er (?=\p{L})/gu, `1er${NBSP}`)
    .replace(/(mars|août) (?=\d{4})/g, `$1${NBSP}`);

group('describe: a late order', () => {
  const late = SCENES.late();

  it('tells the buyer in French that it can cancel alone, with the late mark in Paris time', () => {
    const description = text(late.order, BUYER, late.at, 'fr');
    expect(description).toMatchObject({ status: 'inProgress', situation: 'late', tone: 'warning', title: 'En retard' });
    expect(description.text).toBe(
      fr(
        "La commande est en retard depuis le 4 mars à 11 h. Vous pouvez l'annuler sans l'accord du vendeur et être remboursé, ou attendre la livraison.",
      ),
    );
  });

  it('tells the seller in English to deliver now, as the buyer can cancel unpaid', () => {
    expect(text(late.order, SELLER, late.at, 'en').text).toBe(
      'The order has been late since March 4 at 11:00. Deliver as soon as possible: the buyer can now cancel it without your agreement, and you would not be paid.',
    );
  });

  it('says from when the buyer can cancel while a late grace still runs', () => {
    const order = accepted(placed({ policy: { ...presets.comeup, name: 'acme', lateGrace: 'P1D' } }));
    const when = at(t0, 3 * DAY + HOUR);
    expect(text(order, BUYER, when, 'fr').text).toBe(
      fr(
        "La commande est en retard depuis le 4 mars à 11 h. Vous pourrez l'annuler sans l'accord du vendeur à partir du 5 mars à 11 h, si elle n'est pas livrée d'ici là.",
      ),
    );
    expect(text(order, SELLER, when, 'fr').text).toBe(
      fr(
        "La commande est en retard depuis le 4 mars à 11 h. Livrez au plus vite : à partir du 5 mars à 11 h, l'acheteur pourra l'annuler sans votre accord, et vous ne seriez pas payé.",
      ),
    );
    expect(text(order, SELLER, when, 'en').text).toBe(
      'The order has been late since March 4 at 11:00. Deliver as soon as possible: from March 5 at 11:00, the buyer can cancel it without your agreement, and you would not be paid.',
    );
  });
});

group('describe: the deadline line', () => {
  it('gives the delivery deadline as an instant, a kind, the milliseconds left and a sentence', () => {
    expect(text(accepted(), SELLER, at(t0, DAY + 90 * 60_000), 'fr').deadline).toEqual({
      at: '2026-03-04T10:00:00.000Z',
      kind: 'delivery',
      msLeft: 2 * DAY - 90 * 60_000,
      overdue: false,
      text: fr('Délai de réalisation : 4 mars à 11 h (dans 46 heures)'),
    });
  });

  it('rounds the time left down, through days, hours, minutes and seconds', () => {
    const left = (ms: number) => text(accepted(), BUYER, at(t0, 3 * DAY - ms), 'en').deadline?.text;
    expect(left(2 * DAY + 23 * HOUR)).toBe('Delivery deadline: March 4 at 11:00 (in 2 days)');
    expect(left(2 * DAY - 1)).toBe('Delivery deadline: March 4 at 11:00 (in 47 hours)');
    expect(left(2 * HOUR - 1)).toBe('Delivery deadline: March 4 at 11:00 (in 119 minutes)');
    expect(left(59_999)).toBe('Delivery deadline: March 4 at 11:00 (in 59 seconds)');
    expect(left(1_000)).toBe('Delivery deadline: March 4 at 11:00 (in 1 second)');
  });

  it('writes French spans with a no-break space and the singular for one', () => {
    const left = (ms: number) => text(accepted(), BUYER, at(t0, 3 * DAY - ms), 'fr').deadline?.text;
    expect(left(2 * DAY + HOUR)).toBe(`Délai de réalisation${NBSP}: 4${NBSP}mars à 11${NBSP}h (dans 2${NBSP}jours)`);
    expect(left(1_500)).toBe(`Délai de réalisation${NBSP}: 4${NBSP}mars à 11${NBSP}h (dans 1${NBSP}seconde)`);
  });

  it('writes dates in UTC when no time zone is given', () => {
    const description = describeOrder(accepted(), { viewer: SELLER, at: t0, locale: 'en' });
    expect(description.text).toBe(
      'Deliver the order by March 4 at 10:00. After that, the buyer can cancel it without your agreement.',
    );
  });

  it('writes the year of a date in another year, and "1er" for the first of a month in French', () => {
    const order = run(placed({ placedAt: '2026-12-29T10:00:00Z' }), {
      type: 'order.accept',
      at: '2026-12-29T10:00:00Z',
      by: SELLER,
    }).order;
    const description = describeOrder(order, { viewer: BUYER, at: '2026-12-29T10:00:00Z', locale: 'fr' });
    expect(description.deadline?.text).toBe(
      `Délai de réalisation${NBSP}: 1er${NBSP}janvier${NBSP}2027 à 10${NBSP}h (dans 3${NBSP}jours)`,
    );
  });
});

group('describe: as the order stands at `at`', () => {
  it('applies the deadlines due by then: an order past its acceptance window reads as cancelled, and why', () => {
    const description = text(placed(), BUYER, at(t0, 49 * HOUR), 'fr');
    expect(description).toMatchObject({
      status: 'cancelled',
      tone: 'done',
      title: 'Annulée',
      ending: { ending: 'notAccepted', by: 'system', at: '2026-03-03T10:00:00.000Z' },
    });
    expect(description.text).toBe(
      fr(
        "Le vendeur n'a pas accepté la commande à temps : elle a été annulée automatiquement le 3 mars à 11 h. Vous avez été remboursé de 57,50 €.",
      ),
    );
  });

  it('never changes the order it describes', () => {
    const order = accepted();
    const before = JSON.stringify(order);
    text(order, BUYER, at(t0, 200 * DAY), 'en');
    expect(JSON.stringify(order)).toBe(before);
  });
});

group('describe: disputes', () => {
  it('tells the opener it can withdraw, the other party what the mediator may decide, and that no deadline runs', () => {
    const { order, at: when } = SCENES.disputed();
    expect(text(order, BUYER, when, 'fr').text).toBe(
      fr(
        'Litige ouvert par vous le 2 mars à 11 h : la commande est gelée et aucune échéance ne court. Un médiateur de la plateforme va examiner la commande et décider : remboursement total, remboursement partiel, relance de la commande ou paiement intégral du vendeur. Vous pouvez retirer votre litige si vous trouvez un accord.',
      ),
    );
    expect(text(order, SELLER, when, 'en').text).toBe(
      'Dispute opened by the buyer on March 2 at 11:00: the order is frozen and no deadline runs. A platform mediator will review the order and decide: a full refund, a partial refund, a restart of the order, or full payment to the seller.',
    );
    expect(text(order, PLATFORM, when, 'en')).toMatchObject({
      tone: 'action',
      title: 'Dispute',
      move: { by: 'you', text: 'Your move' },
      deadline: null,
    });
  });

  it('says an automatic dispute opened by itself', () => {
    let order = accepted();
    for (const hours of [1, 2]) {
      order = run(
        order,
        { type: 'cancellation.request', at: at(t0, hours * HOUR), by: BUYER },
        { type: 'cancellation.decline', at: at(t0, hours * HOUR), by: SELLER },
      ).order;
    }
    expect(order.status).toBe('disputed');
    expect(text(order, PLATFORM, at(t0, 3 * HOUR), 'fr').text).toBe(
      fr(
        'Litige ouvert automatiquement le 1er mars à 13 h : la commande est gelée et aucune échéance ne court. Tranchez : remboursement total, remboursement partiel, relance de la commande ou paiement intégral du vendeur.',
      ),
    );
  });
});

group('describe: pending requests and offers, with the money they would move', () => {
  it('tells the other party a request waits for its answer, and turns its tone to action', () => {
    const order = run(accepted(), { type: 'extension.request', at: at(t0, HOUR), by: SELLER, days: 2 }).order;
    const buyer = text(order, BUYER, at(t0, HOUR), 'fr');
    expect(buyer.tone).toBe('action');
    expect(buyer.requests).toEqual([
      fr('Le vendeur demande 2 jours de plus pour livrer ; réponse attendue avant le 3 mars à 12 h.'),
    ]);
    const seller = text(order, SELLER, at(t0, HOUR), 'en');
    expect(seller.requests).toEqual(['You asked for 2 more days; an answer is due by March 3 at 12:00.']);
    expect(text(order, PLATFORM, at(t0, HOUR), 'en').tone).toBe('info');
  });

  it('gives a refund proposal as it would be paid, fee share included, and an offer as the buyer would pay it', () => {
    const order = run(
      accepted(),
      { type: 'cancellation.request', at: at(t0, HOUR), by: BUYER },
      { type: 'refund.propose', at: at(t0, HOUR), by: SELLER, amount: '10' },
      {
        type: 'offer.propose',
        at: at(t0, HOUR),
        by: SELLER,
        offer: { id: 'of-1', label: 'Animated logo', price: '1000', extraDays: 1 },
      },
    ).order;
    expect(text(order, BUYER, at(t0, HOUR), 'fr').requests).toEqual([
      fr("Vous avez demandé l'annulation ; réponse attendue avant le 3 mars à 12 h."),
      fr('Le vendeur propose un remboursement partiel de 10,00 € ; vous recevriez 10,50 €, tout compris.'),
      fr(
        `Offre personnalisée « Animated logo » : 1${NNBSP}000,00 €, 1 jour de plus ; vous paierez 1${NNBSP}050,00 € en l'acceptant, frais de service compris.`,
      ),
    ]);
    expect(text(order, SELLER, at(t0, HOUR), 'en').requests).toEqual([
      'The buyer requests a cancellation; an answer is due by March 3 at 12:00.',
      'You propose a partial refund of €10.00; the buyer would receive €10.50 in all.',
      'Your offer “Animated logo” (€1,000.00, 1 more day) is waiting for the buyer’s answer; on acceptance, the buyer pays €1,050.00, service fee included.',
    ]);
  });
});

group('describe: the scheduler', () => {
  it('reads the platform’s texts', () => {
    const order = accepted();
    expect(describeOrder(order, { viewer: SYSTEM, at: t0, locale: 'en' })).toEqual(
      describeOrder(order, { viewer: PLATFORM, at: t0, locale: 'en' }),
    );
  });
});
