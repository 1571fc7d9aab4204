import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, openPlayground, screenshot } from './browser';
import { act, actionIn, balances, createOrder, described, logLines, pane, waitForStatus } from './playground';
import { serve } from './server';

// The built playground (docs/playground/dist) in Debian's headless Chromium. Every figure and
// sentence below is what the library computes in the page; the clock starts on
// 2026-03-01T10:00Z and the page writes dates in UTC by default.
const NBSP = '\u00a0';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  ({ page, problems } = await openPlayground(browser, server.url));
});
afterEach(async () => {
  await page.context().close();
  // The page must work offline and without errors whatever the scenario.
  expect(problems).toEqual([]);
});

describe('playground', () => {
  it('plays a full order: accept, deliver, revision, redeliver, complete', async () => {
    await createOrder(page);
    expect(await described(page, 'seller')).toMatchObject({ title: "En attente d'acceptation", tone: 'action' });
    expect(await balances(page)).toEqual({ paidIn: '57.50', held: '57.50', refunded: '0.00', paidOut: '0.00', revenue: '0.00' });

    await act(page, 'seller', 'order.accept', 'inProgress');
    expect(await described(page, 'buyer')).toEqual({
      title: 'En cours de réalisation',
      tone: 'info',
      text: "Le vendeur travaille sur votre commande et doit la livrer avant le 4 mars à 10 h. Votre argent reste sécurisé sur le compte séquestre ; d'ici là, la commande n'est remboursable qu'avec l'accord du vendeur.",
    });

    await act(page, 'seller', 'order.deliver', 'delivered');
    expect(await described(page, 'buyer')).toMatchObject({ title: 'Livrée', tone: 'action' });

    await act(page, 'buyer', 'revision.request', 'revisionRequested');
    expect(await described(page, 'seller')).toEqual({
      title: 'Demande de retouche',
      tone: 'action',
      text: "L'acheteur demande une retouche : acceptez-la ou refusez-la avant le 3 mars à 10 h.",
    });

    await act(page, 'seller', 'revision.accept', 'inProgress');
    await act(page, 'seller', 'order.deliver', 'delivered');
    await act(page, 'buyer', 'order.complete', 'completed');

    expect(await described(page, 'seller')).toEqual({ title: 'Terminée', tone: 'done', text: `La commande est terminée : vous avez reçu 45,00${NBSP}€.` });
    expect(await balances(page)).toEqual({ paidIn: '57.50', held: '0.00', refunded: '0.00', paidOut: '45.00', revenue: '12.50' });
    expect(await logLines(page, 'effect')).toContain(`Versement de 45,00${NBSP}€ au vendeur`);
    expect(await page.getByTestId('diagram').getAttribute('data-current')).toBe('completed');
    expect(await pane(page, 'buyer').locator('[data-action] button:not([disabled])').count()).toBe(0);
    await screenshot(page, 'full-order');
  });

  it('lets the buyer cancel a late order alone once the clock passes the deadline, and refunds it', async () => {
    await createOrder(page);
    await act(page, 'seller', 'order.accept', 'inProgress');
    const cancel = actionIn(page, 'buyer', 'order.cancel');
    expect(await cancel.locator('button').isDisabled()).toBe(true);
    expect(await cancel.getByTestId('why').textContent()).toBe(
      "Vous pourrez annuler sans l'accord du vendeur à partir du 4 mars à 10 h, si la commande n'est pas livrée d'ici là.",
    );

    await page.locator('[data-advance="3d"]').click();
    await page.locator('[data-advance="1h"]').click();
    await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'En retard' }).waitFor();
    expect(await page.getByTestId('now').getAttribute('data-instant')).toBe('2026-03-04T11:00:00.000Z');
    expect(await logLines(page, 'effect')).toContain('Notification à buyer : order.late');
    expect(await cancel.locator('button').isEnabled()).toBe(true);

    await act(page, 'buyer', 'order.cancel', 'cancelled');
    expect(await logLines(page, 'effect')).toContain(`Remboursement de 57,50${NBSP}€ sur pay-2`);
    expect(await balances(page)).toEqual({ paidIn: '57.50', held: '0.00', refunded: '57.50', paidOut: '0.00', revenue: '0.00' });
    expect(await described(page, 'buyer')).toEqual({ title: 'Annulée', tone: 'done', text: `La commande est annulée : vous avez reçu un remboursement de 57,50${NBSP}€.` });
    await screenshot(page, 'late-order');
  });

  it('pays the seller what is left after a partial refund the seller accepted', async () => {
    await createOrder(page);
    await act(page, 'seller', 'order.accept', 'inProgress');
    await actionIn(page, 'buyer', 'refund.propose').locator('input[name="buyer:refund.propose:amount"]').fill('10');
    await actionIn(page, 'buyer', 'refund.propose').locator('button').click();
    await pane(page, 'seller').getByTestId('requests').getByText(`L'acheteur propose un remboursement partiel de 10,00${NBSP}€.`).waitFor();
    expect(await described(page, 'seller')).toMatchObject({ tone: 'action' });

    await act(page, 'seller', 'refund.accept', 'inProgress');
    expect(await logLines(page, 'effect')).toContain(`Remboursement de 10,50${NBSP}€ sur pay-2`);
    await act(page, 'seller', 'order.deliver', 'delivered');
    await act(page, 'buyer', 'order.complete', 'completed');

    expect(await logLines(page, 'effect')).toContain(`Versement de 37,00${NBSP}€ au vendeur`);
    expect(await balances(page)).toEqual({ paidIn: '57.50', held: '0.00', refunded: '10.50', paidOut: '37.00', revenue: '10.00' });
    expect(await described(page, 'buyer')).toMatchObject({ text: `La commande est terminée et le vendeur a été payé. Vous avez reçu un remboursement de 10,50${NBSP}€.` });
    await screenshot(page, 'partial-refund');
  });

  it('buys an option and a custom offer at the price quoteExtra asks, then settles a dispute by a split', async () => {
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
    expect(await described(page, 'platform')).toMatchObject({ title: 'Litige', tone: 'action' });
    const resolve = actionIn(page, 'platform', 'dispute.resolve');
    await resolve.locator('select[name="platform:dispute.resolve:outcome"]').selectOption('split');
    await resolve.locator('button').click();
    await waitForStatus(page, 'completed');

    // SPEC §7.3: refunds go back to the newest payment first, here the offer's (pay-6, 21.00).
    expect(await logLines(page, 'effect')).toEqual(expect.arrayContaining([`Remboursement de 10,50${NBSP}€ sur pay-6`, `Versement de 61,00${NBSP}€ au vendeur`]));
    expect(await balances(page)).toEqual({ paidIn: '89.00', held: '0.00', refunded: '10.50', paidOut: '61.00', revenue: '17.50' });
    await screenshot(page, 'extras-and-dispute');
  });

  it('runs an order under Upwork\'s rules from the rules selector: in progress at checkout, no cancellation of the client\'s own, a revision straight back to work', async () => {
    await page.locator('select[name="policy"]').selectOption('upwork');
    await page.getByTestId('create').click();
    await waitForStatus(page, 'inProgress');
    // Upwork's fees came with its rules: no client fee, so the client funds the items and the tip.
    expect(await balances(page)).toEqual({ paidIn: '55.00', held: '55.00', refunded: '0.00', paidOut: '0.00', revenue: '0.00' });
    expect(await actionIn(page, 'seller', 'order.accept').getAttribute('data-allowed')).toBe('false');
    expect(await actionIn(page, 'buyer', 'order.cancel').getAttribute('data-allowed')).toBe('false');
    expect((await described(page, 'buyer')).text).not.toContain("sans l'accord du vendeur");
    await act(page, 'seller', 'order.deliver', 'delivered');
    await act(page, 'buyer', 'revision.request', 'inProgress');
    await screenshot(page, 'upwork-revision');
  });

  it('switches every text between French and English', async () => {
    await createOrder(page);
    await act(page, 'seller', 'order.accept', 'inProgress');
    expect(await described(page, 'buyer')).toMatchObject({ title: 'En cours de réalisation' });

    await page.getByTestId('locale').selectOption('en');
    await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'In progress' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await described(page, 'seller')).toEqual({
      title: 'In progress',
      tone: 'action',
      text: 'Deliver the order by March 4 at 10:00. After that, the buyer can cancel it without your agreement.',
    });
    expect(await actionIn(page, 'buyer', 'order.cancel').getByTestId('why').textContent()).toBe(
      "You can cancel without the seller's agreement from March 4 at 10:00, if the order is not delivered by then.",
    );
    expect(await actionIn(page, 'seller', 'order.deliver').locator('button').textContent()).toBe('Deliver the order');
    expect(await page.locator('[data-balance="held"] th').textContent()).toBe('Held in escrow');
    expect(await logLines(page, 'history')).toEqual(['Order placed · buyer', 'Accept the order · seller']);
    await screenshot(page, 'language-en');

    await page.getByTestId('locale').selectOption('fr');
    await waitForStatus(page, 'inProgress');
    await pane(page, 'buyer').locator('[data-testid="title"]', { hasText: 'En cours de réalisation' }).waitFor();
    expect(await logLines(page, 'history')).toEqual(['Commande passée · acheteur', 'Accepter la commande · vendeur']);
  });
});
