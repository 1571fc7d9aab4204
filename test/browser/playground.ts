import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe';

/**
 * Steps a person takes on the playground, each ending with a wait for what the page must show
 * next (a status, a text), never with a sleep. Each step that changes the order also audits the
 * page it leads to (see `checkPage`).
 */
export type Role = 'buyer' | 'seller' | 'platform';
export const ROLES: readonly Role[] = ['buyer', 'seller', 'platform'];

export const pane = (page: Page, role: Role): Locator => page.getByTestId(`pane-${role}`);
export const actionIn = (page: Page, role: Role, type: string): Locator =>
  pane(page, role).locator(`[data-action="${type}"]`);

/** Fills the checkout form with its defaults and pays; waits for the pending order. */
export async function createOrder(page: Page): Promise<void> {
  await page.getByTestId('create').click();
  await waitForStatus(page, 'pending');
  await checkPage(page);
}

/** Clicks a party's action button, then waits until every pane shows `status`. */
export async function act(page: Page, role: Role, type: string, status: string): Promise<void> {
  await actionIn(page, role, type).locator('button').click();
  await waitForStatus(page, status);
  await checkPage(page);
}

export async function waitForStatus(page: Page, status: string): Promise<void> {
  for (const role of ROLES)
    await pane(page, role).locator(`[data-testid="description"][data-status="${status}"]`).waitFor();
}

/**
 * What every state of the page must satisfy (issue 13): axe-core finds no serious or critical
 * violation; each pane says whose move it is; the amount held a pane shows is the one the money
 * pane reads from `getBalances`, written the same way; and a click never leaves the focus on
 * `<body>`.
 */
export async function checkPage(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  const held = page.locator('[data-balance="held"] td');
  const [heldAmount, heldText] = [await held.getAttribute('data-amount'), await held.textContent()];
  for (const role of ROLES) {
    expect(await pane(page, role).getByTestId('move').textContent()).not.toBe('');
    const line = pane(page, role).locator('[data-testid="amounts"] li[data-kind="held"]');
    if ((await line.count()) > 0) {
      expect(await line.getAttribute('data-amount')).toBe(heldAmount);
      expect(await line.textContent()).toContain(heldText);
    }
  }
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

/** What a pane's description says: whose move it is, its title, sentence and tone. */
export async function described(
  page: Page,
  role: Role,
): Promise<{ move: string; title: string; text: string; tone: string | null }> {
  const description = pane(page, role).getByTestId('description');
  return {
    move: (await description.getByTestId('move').textContent()) ?? '',
    title: (await description.getByTestId('title').textContent()) ?? '',
    text: (await description.getByTestId('text').textContent()) ?? '',
    tone: await description.getAttribute('data-tone'),
  };
}

/** The amounts a pane shows, as `kind amount` (the decimal strings behind the lines). */
export async function amountsIn(page: Page, role: Role): Promise<string[]> {
  const lines = pane(page, role).locator('[data-testid="amounts"] li');
  const kinds = await lines.evaluateAll((items) =>
    items.map((item) => `${item.getAttribute('data-kind')} ${item.getAttribute('data-amount')}`),
  );
  return kinds;
}

/** The actions a pane offers, in their order on the page, as `type emphasis`. */
export async function actionsIn(page: Page, role: Role): Promise<string[]> {
  return pane(page, role)
    .locator('[data-action]')
    .evaluateAll((rows) =>
      rows.map(
        (row) =>
          `${row.getAttribute('data-action')} ${row.getAttribute('data-emphasis')}${row.getAttribute('data-allowed') === 'true' ? '' : ' refused'}`,
      ),
    );
}

/** The balances the money pane shows, as the decimal strings behind the formatted figures. */
export async function balances(page: Page): Promise<Record<string, string | null>> {
  const names = ['paidIn', 'held', 'refunded', 'paidOut', 'revenue'];
  const values = await Promise.all(
    names.map((name) => page.locator(`[data-balance="${name}"] td`).getAttribute('data-amount')),
  );
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? null]));
}

/** The log's lines of one kind (`history`, `effect`, `refusal`), as shown. */
export async function logLines(page: Page, kind: string): Promise<string[]> {
  return page.getByTestId('log').locator(`li[data-kind="${kind}"]`).allTextContents();
}

/**
 * Every text a person reads on the page: the text nodes outside the Mermaid source (code, meant
 * to be copied) and outside form controls, whose values are typed by the user.
 */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && node.parentElement?.closest('pre, select, option, script, style, textarea') === null)
        texts.push(text);
    }
    return texts;
  });
}
