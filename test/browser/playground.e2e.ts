import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { englishProblems, frenchProblems } from '../support/typography';
import { seriousViolations } from './axe';
import { launch, openPlayground, SIZES, type Size, screenshot } from './browser';
import {
  act,
  actionIn,
  actionsIn,
  amountsIn,
  balances,
  checkPage,
  createOrder,
  described,
  logLines,
  pageTexts,
  pane,
  waitForStatus,
} from './playground';
import { serve } from './server';

// The built playground (docs/playground/dist) in Debian's headless Chromium, at the two sizes of
// issue 13: a 1280 px desktop and a 390 px phone. Every figure and sentence below is what the
// library computes in the page; the clock starts on 2026-03-01T10:00Z and the browser's time zone
// is UTC, which the page takes as its default. Each scenario ends with an axe-core audit, a check
// of the typography of every text on the page, and a screenshot in artifacts/ (ignored by git).
const NBSP = '\u00a0';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const size of Object.keys(SIZES) as Size[]) {
  describe(`playground (${size})`, () => {
    let page: Page;
    let problems: string[];
    let shot: string | undefined;

    beforeEach(async () => {
      ({ page, problems } = await openPlayground(browser, server.url, size));
      shot = undefined;
    });
    afterEach(async () => {
      // Whatever the scenario, the page it ends on passes axe-core, follows its language's
      // typography with no engine id in sight, and worked offline and without errors.
      expect(await seriousViolations(page)).toEqual([]);
      const rules = (await page.locator('html').getAttribute('lang')) === 'fr' ? frenchProblems : englishProblems;
      expect(
        (await pageTexts(page)).map((text) => ({ text, broken: rules(text) })).filter((line) => line.broken.length > 0),
      ).toEqual([]);
      if (shot !== undefined) await screenshot(page, `${shot}-${size}`);
      await page.context().close();
      expect(problems).toEqual([]);
    });

    it('plays a full order: accept, deliver, revision, redeliver, complete', async () => {
      await createOrder(page);
      expect(await described(page, 'seller')).toMatchObject({
        move: 'À vous d’agir',
        title: 'En attente d’acceptation',
        tone: 'action',
      });
      expect(await described(page, 'buyer')).toMatchObject({ move: 'Au vendeur d’agir' });
      expect(await actionsIn(page, 'seller')).toEqual([
        'order.accept primary',
        'order.decline consequential',
        'order.cancel consequential',
      ]);
      expect(await balances(page)).toEqual({
        paidIn: '57.50',
        held: '57.50',
        refunded: '0.00',
        paidOut: '0.00',
        revenue: '0.00',
      });

      await act(page, 'seller', 'order.accept', 'inProgress');
      expect(await described(page, 'buyer')).toEqual({
        move: 'Au vendeur d’agir',
        title: 'En cours de réalisation',
        tone: 'info',
        text: `Le vendeur travaille sur votre commande et doit la livrer avant le 4${NBSP}mars à 10${NBSP}h. Votre argent reste sécurisé sur le compte séquestre${'\u202f'}; d’ici là, la commande n’est remboursable qu’avec l’accord du vendeur.`,
      });
      expect(await amountsIn(page, 'buyer')).toEqual(['held 57.50']);
      expect(await amountsIn(page, 'seller')).toEqual(['payoutOnCompletion 45.00']);

      await act(page, 'seller', 'order.deliver', 'delivered');
      expect(await described(page, 'buyer')).toMatchObject({ move: 'À vous d’agir', title: 'Livrée', tone: 'action' });
      expect((await actionsIn(page, 'buyer'))[0]).toBe('order.complete primary');

      await act(page, 'buyer', 'revision.request', 'revisionRequested');
      expect(await described(page, 'seller')).toEqual({
        move: 'À vous d’agir',
        title: 'Demande de retouche',
        tone: 'action',
        text: `L’acheteur demande une retouche${NBSP}: acceptez-la ou refusez-la avant le 3${NBSP}mars à 10${NBSP}h.`,
      });

      await act(page, 'seller', 'revision.accept', 'inProgress');
      await act(page, 'seller', 'order.deliver', 'delivered');
      await act(page, 'buyer', 'order.complete', 'completed');

      expect(await described(page, 'seller')).toMatchObject({
        move: `Plus rien à faire${NBSP}: la commande est clôturée`,
        title: 'Terminée',
        tone: 'done',
      });
      expect((await described(page, 'seller')).text).toContain(`45,00${NBSP}€`);
      expect(await balances(page)).toEqual({
        paidIn: '57.50',
        held: '0.00',
        refunded: '0.00',
        paidOut: '45.00',
        revenue: '12.50',
      });
      expect(await logLines(page, 'effect')).toContain(`Versement de 45,00${NBSP}€ au vendeur`);
      expect(await logLines(page, 'history')).toContain('Commande terminée par l’acheteur');
      expect(await page.getByTestId('diagram').getAttribute('data-current')).toBe('completed');
      // Nothing is offered on a closed order.
      expect(await page.locator('[data-action]').count()).toBe(0);
      shot = 'full-order';
    });

    it('lets the buyer cancel a late order alone once the clock passes the deadline, and refunds it', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      const cancel = actionIn(page, 'buyer', 'order.cancel');
      expect(await cancel.getAttribute('data-emphasis')).toBe('consequential');
      expect(await cancel.locator('button').isDisabled()).toBe(true);
      const why = `Vous pourrez annuler sans l’accord du vendeur à partir du 4${NBSP}mars à 10${NBSP}h, si la commande n’est pas livrée d’ici là${'\u202f'}; avant, demandez l’annulation au vendeur.`;
      expect(await cancel.getByTestId('why').textContent()).toBe(why);
      // The disabled button is described by its reason, which a screen reader reads with it.
      const describedBy = await cancel.locator('button').getAttribute('aria-describedby');
      expect(await page.locator(`#${describedBy}`).textContent()).toBe(why);

      await page.locator('[data-advance="3d"]').click();
      await page.locator('[data-advance="1h"]').click();
      await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'En retard' }).waitFor();
      // The clock's button keeps the focus through the re-render.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.advance)).toBe('1h');
      expect(await page.getByTestId('now').getAttribute('data-instant')).toBe('2026-03-04T11:00:00.000Z');
      expect(await page.getByTestId('order-status').textContent()).toBe(`Statut de la commande${NBSP}: En retard`);
      expect(await logLines(page, 'effect')).toContain('L’acheteur est prévenu');
      expect(await cancel.locator('button').isEnabled()).toBe(true);
      // The late order shows its passed delivery deadline, not the expiry months away.
      expect(await pane(page, 'seller').getByTestId('deadline').getAttribute('data-kind')).toBe('delivery');

      await act(page, 'buyer', 'order.cancel', 'cancelled');
      expect(await logLines(page, 'effect')).toContain(`Remboursement de 57,50${NBSP}€ sur le paiement de la commande`);
      expect(await balances(page)).toEqual({
        paidIn: '57.50',
        held: '0.00',
        refunded: '57.50',
        paidOut: '0.00',
        revenue: '0.00',
      });
      const ended = await described(page, 'buyer');
      expect(ended).toMatchObject({ title: 'Annulée', tone: 'done' });
      expect(ended.text).toContain(`57,50${NBSP}€`);
      expect(await amountsIn(page, 'buyer')).toEqual(['refunded 57.50']);
      // The button that cancelled is gone: the focus goes to the buyer's status, not to <body>.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
        'status:buyer',
      );
      shot = 'late-order';
    });

    it('pays the seller what is left after a partial refund the seller accepted', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      await actionIn(page, 'buyer', 'refund.propose').locator('input[name="buyer:refund.propose:amount"]').fill('10');
      // Before sending, the buyer reads the refund as it would be paid, buyer fee share included.
      expect(await actionIn(page, 'buyer', 'refund.propose').getByTestId('payment').textContent()).toBe(
        `remboursement versé${NBSP}: 10,50${NBSP}€`,
      );
      await actionIn(page, 'buyer', 'refund.propose').locator('button').click();
      await pane(page, 'seller').getByTestId('requests').waitFor();
      // The request names the refund as it will be paid: 10.00 of the items and its share of the fee.
      expect(await pane(page, 'seller').getByTestId('requests').textContent()).toContain(`10,50${NBSP}€`);
      expect(await described(page, 'seller')).toMatchObject({ move: 'À vous d’agir', tone: 'action' });

      await act(page, 'seller', 'refund.accept', 'inProgress');
      expect(await logLines(page, 'effect')).toContain(`Remboursement de 10,50${NBSP}€ sur le paiement de la commande`);
      await act(page, 'seller', 'order.deliver', 'delivered');
      await act(page, 'buyer', 'order.complete', 'completed');

      expect(await logLines(page, 'effect')).toContain(`Versement de 37,00${NBSP}€ au vendeur`);
      expect(await balances(page)).toEqual({
        paidIn: '57.50',
        held: '0.00',
        refunded: '10.50',
        paidOut: '37.00',
        revenue: '10.00',
      });
      expect(await amountsIn(page, 'buyer')).toEqual(['refunded 10.50', 'paidOut 37.00']);
      shot = 'partial-refund';
    });

    it('buys an option and a custom offer at the price quoteExtra asks, then settles a dispute by a partial refund', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      const option = actionIn(page, 'buyer', 'option.add');
      expect(await option.getByTestId('payment').textContent()).toBe(`paiement 10,50${NBSP}€`);
      await option.locator('button').click();
      await page.locator('[data-balance="paidIn"] td[data-amount="68.00"]').waitFor();

      await actionIn(page, 'seller', 'offer.propose').locator('button').click();
      const offer = actionIn(page, 'buyer', 'offer.accept');
      await offer.locator('button:not([disabled])').waitFor();
      expect(await offer.getByTestId('payment').textContent()).toBe(`paiement 21,00${NBSP}€`);
      await offer.locator('button').click();
      await page.locator('[data-balance="paidIn"] td[data-amount="89.00"]').waitFor();

      await act(page, 'buyer', 'dispute.open', 'disputed');
      expect(await described(page, 'platform')).toMatchObject({
        move: 'À vous d’agir',
        title: 'Litige',
        tone: 'action',
      });
      expect(await described(page, 'buyer')).toMatchObject({ move: 'À la plateforme d’agir' });
      expect((await actionsIn(page, 'platform'))[0]).toBe('dispute.resolve primary');
      const resolve = actionIn(page, 'platform', 'dispute.resolve');
      await resolve.locator('select[name="platform:dispute.resolve:outcome"]').selectOption('split');
      // A partial refund of 10.00 typed by the platform pays the buyer 10.50, as the effects will say.
      expect(await resolve.getByTestId('payment').textContent()).toBe(`remboursement versé${NBSP}: 10,50${NBSP}€`);
      await resolve.locator('button').click();
      await waitForStatus(page, 'completed');

      // SPEC §7.3: refunds go back to the newest payment first, here the offer's (21.00).
      expect(await logLines(page, 'effect')).toEqual(
        expect.arrayContaining([
          `Remboursement de 10,50${NBSP}€ sur le paiement de l’offre`,
          `Versement de 61,00${NBSP}€ au vendeur`,
        ]),
      );
      expect(await balances(page)).toEqual({
        paidIn: '89.00',
        held: '0.00',
        refunded: '10.50',
        paidOut: '61.00',
        revenue: '17.50',
      });
      expect(await described(page, 'buyer')).toMatchObject({ title: 'Terminée' });
      expect((await described(page, 'buyer')).text).toContain(`10,50${NBSP}€`);
      shot = 'extras-and-dispute';
    });

    it('runs an order under Upwork’s rules from the rules selector: in progress at checkout, no cancellation of the client’s own, a revision straight back to work', async () => {
      await page.locator('select[name="policy"]').selectOption('upwork');
      await page.getByTestId('create').click();
      await waitForStatus(page, 'inProgress');
      // Upwork's fees came with its rules: no client fee, so the client funds the items and the tip.
      expect(await balances(page)).toEqual({
        paidIn: '55.00',
        held: '55.00',
        refunded: '0.00',
        paidOut: '0.00',
        revenue: '0.00',
      });
      // No acceptance step: nothing to accept is offered, the freelancer delivers first.
      expect(await actionIn(page, 'seller', 'order.accept').count()).toBe(0);
      expect((await actionsIn(page, 'seller'))[0]).toBe('order.deliver primary');
      // No late cancellation: the client's own cancellation is refused for good, and said so.
      const cancel = actionIn(page, 'buyer', 'order.cancel');
      expect(await cancel.getAttribute('data-allowed')).toBe('false');
      expect(await cancel.getByTestId('why').textContent()).toBe(
        `Sur cette plateforme, l’acheteur n’annule jamais seul une commande en cours, même en retard${NBSP}: demandez l’annulation au vendeur ou ouvrez un litige.`,
      );
      expect((await described(page, 'buyer')).text).not.toContain('sans l’accord du vendeur');
      expect(await page.getByTestId('diagram').getAttribute('data-states')).not.toMatch(/pending|revisionRequested/);
      await act(page, 'seller', 'order.deliver', 'delivered');
      // No revision answer: the request itself sends the order back to work.
      expect(await actionIn(page, 'buyer', 'revision.request').getByTestId('consequence').textContent()).toContain(
        'La commande repasse en cours de réalisation',
      );
      await act(page, 'buyer', 'revision.request', 'inProgress');
      expect(await actionIn(page, 'seller', 'revision.accept').count()).toBe(0);
      shot = 'upwork-revision';
    });

    it('switches every text between French and English', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      expect(await described(page, 'buyer')).toMatchObject({ title: 'En cours de réalisation' });

      await page.getByTestId('locale').selectOption('en');
      await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'In progress' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await described(page, 'seller')).toEqual({
        move: 'Your move',
        title: 'In progress',
        tone: 'action',
        text: 'Deliver the order by March 4 at 10:00. After that, the buyer can cancel it without your agreement.',
      });
      expect(await actionIn(page, 'buyer', 'order.cancel').getByTestId('why').textContent()).toBe(
        'You can cancel without the seller’s agreement from March 4 at 10:00, if the order is not delivered by then; until then, request a cancellation.',
      );
      expect(await actionIn(page, 'seller', 'order.deliver').locator('button').textContent()).toBe('Deliver the order');
      expect(await page.locator('[data-balance="held"] th').textContent()).toBe('Held in escrow');
      expect(await logLines(page, 'history')).toEqual(['Order placed by the buyer', 'Order accepted by the seller']);
      expect(await seriousViolations(page)).toEqual([]);
      expect((await pageTexts(page)).filter((text) => englishProblems(text).length > 0)).toEqual([]);
      await screenshot(page, `language-en-${size}`);

      // A person picks the language in the select, which has the focus then.
      await page.getByTestId('locale').focus();
      await page.getByTestId('locale').selectOption('fr');
      await waitForStatus(page, 'inProgress');
      await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'En cours de réalisation' }).waitFor();
      expect(await logLines(page, 'history')).toEqual([
        'Commande passée par l’acheteur',
        'Commande acceptée par le vendeur',
      ]);
      // The language switch keeps the focus.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('locale');
    });

    it('explains a refusal by its rule, in the reader’s words, never in the engine’s', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      // Refused by quoteExtra before any event exists, then by applyEvent.
      await actionIn(page, 'buyer', 'option.add').locator('input[name="buyer:option.add:price"]').fill('abc');
      await actionIn(page, 'buyer', 'option.add').locator('button').click();
      await actionIn(page, 'buyer', 'refund.propose').locator('input[name="buyer:refund.propose:amount"]').fill('1000');
      await actionIn(page, 'buyer', 'refund.propose').locator('button').click();
      await page.getByTestId('log').locator('li[data-kind="refusal"]').nth(1).waitFor();
      expect(await logLines(page, 'refusal')).toEqual([
        `Ce montant n’est pas valide${NBSP}: écrivez-le en chiffres, avec au plus les décimales de la devise.`,
        `Un remboursement partiel doit être supérieur à zéro et inférieur à ce qui reste des prestations${'\u202f'}; pour tout rembourser, passez par l’annulation de la commande.`,
      ]);
      await checkPage(page);
    });

    it('announces the status alone, and links every disabled button to its reason', async () => {
      await createOrder(page);
      await act(page, 'seller', 'order.accept', 'inProgress');
      const live = await page
        .locator('[aria-live], [role="status"], [role="alert"], [role="log"]')
        .evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(live).toEqual(['order-status']);
      const disabled = page.locator('button[disabled]');
      expect(await disabled.count()).toBeGreaterThan(0);
      for (const button of await disabled.all()) {
        const id = await button.getAttribute('aria-describedby');
        expect((await page.locator(`#${id}`).textContent())?.length ?? 0).toBeGreaterThan(20);
      }
      // The diagram has a name that says where the order is.
      expect(await page.getByTestId('diagram').getAttribute('aria-label')).toBe(
        `Diagramme des statuts de la commande${'\u202f'}; statut actuel${NBSP}: En cours de réalisation`,
      );
    });
  });
}

describe('playground on a phone (390 px)', () => {
  let page: Page;
  beforeEach(async () => {
    ({ page } = await openPlayground(browser, server.url, 'phone'));
  });
  afterEach(async () => {
    await page.context().close();
  });

  it('shows the status and whose move it is first, with touch targets of 44 px, no sideways scroll, and a readable diagram', async () => {
    await createOrder(page);
    await act(page, 'seller', 'order.accept', 'inProgress');
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (selector: string) =>
      page.evaluate((css) => document.querySelector(css)!.getBoundingClientRect().top + window.scrollY, selector);
    // The order's status and the first party's move are on the first screen, before any form.
    expect(await top('#order-status')).toBeLessThan(400);
    expect(await top('[data-testid="pane-buyer"] [data-testid="move"]')).toBeLessThan(844);
    expect(await top('[data-testid="pane-buyer"] [data-testid="move"]')).toBeLessThan(
      await top('[data-testid="checkout"]'),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, summary, a[href], [tabindex="0"]')]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ element }) => element.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    // The diagram keeps its own size in a sideways scroll: its words stay at their size.
    expect(
      await page.getByTestId('diagram').evaluate((svg) => svg.getBoundingClientRect().width),
    ).toBeGreaterThanOrEqual(640);
    await screenshot(page, 'first-screen-phone');
  });
});

describe('playground in the browser’s time zone', () => {
  it('defaults to the browser’s time zone, and writes the hours in it', async () => {
    const { page, problems } = await openPlayground(browser, server.url, 'desktop', 'Europe/Paris');
    await createOrder(page);
    await act(page, 'seller', 'order.accept', 'inProgress');
    expect(await page.getByTestId('time-zone').inputValue()).toBe('Europe/Paris');
    expect(await pane(page, 'seller').getByTestId('deadline').textContent()).toBe(
      `Délai de réalisation${NBSP}: 4${NBSP}mars à 11${NBSP}h (dans 3${NBSP}jours)`,
    );
    await page.context().close();
    expect(problems).toEqual([]);
  });
});
