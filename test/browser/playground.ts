import type { Locator, Page } from 'playwright-core';

/**
 * Steps a person takes on the playground, each ending with a wait for what the page must show
 * next (a status, a text), never with a sleep.
 */
export type Role = 'buyer' | 'seller' | 'platform';

export const pane = (page: Page, role: Role): Locator => page.getByTestId(`pane-${role}`);
export const actionIn = (page: Page, role: Role, type: string): Locator => pane(page, role).locator(`[data-action="${type}"]`);

/** Fills the checkout form with its defaults and pays; waits for the pending order. */
export async function createOrder(page: Page): Promise<void> {
  await page.getByTestId('create').click();
  await waitForStatus(page, 'pending');
}

/** Clicks a party's action button, then waits until every pane shows `status`. */
export async function act(page: Page, role: Role, type: string, status: string): Promise<void> {
  await actionIn(page, role, type).locator('button').click();
  await waitForStatus(page, status);
}

export async function waitForStatus(page: Page, status: string): Promise<void> {
  for (const role of ['buyer', 'seller', 'platform'] as const) {
    await pane(page, role).locator(`[data-testid="description"][data-status="${status}"]`).waitFor();
  }
}

/** What a pane's description says: its title, sentence and tone. */
export async function described(page: Page, role: Role): Promise<{ title: string; text: string; tone: string | null }> {
  const description = pane(page, role).getByTestId('description');
  return {
    title: (await description.getByTestId('title').textContent()) ?? '',
    text: (await description.getByTestId('text').textContent()) ?? '',
    tone: await description.getAttribute('data-tone'),
  };
}

/** The balances the money pane shows, as the decimal strings behind the formatted figures. */
export async function balances(page: Page): Promise<Record<string, string | null>> {
  const names = ['paidIn', 'held', 'refunded', 'paidOut', 'revenue'];
  const values = await Promise.all(names.map((name) => page.locator(`[data-balance="${name}"] td`).getAttribute('data-amount')));
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? null]));
}

/** The log's lines of one kind (`history`, `effect`, `refusal`), as shown. */
export async function logLines(page: Page, kind: string): Promise<string[]> {
  return page.getByTestId('log').locator(`li[data-kind="${kind}"]`).allTextContents();
}
