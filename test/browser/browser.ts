import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); playwright's own download cannot run here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where screenshots of each end state go (ignored by git). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The two screens of issue 13: a desktop at 1280 px, and a 390 px phone with touch. */
export const SIZES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;
export type Size = keyof typeof SIZES;

/**
 * A fresh page on the playground that fails the test on any request leaving 127.0.0.1 (the page
 * must work offline) and on any uncaught error in the page. The browser's time zone is UTC unless
 * told otherwise: the page defaults to it, and the expected texts are written in it.
 */
export async function openPlayground(
  browser: Browser,
  url: string,
  size: Size = 'desktop',
  timezoneId = 'UTC',
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ ...SIZES[size], timezoneId, locale: 'fr-FR' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === '127.0.0.1') return route.continue();
    problems.push(`network request outside the page: ${target.href}`);
    return route.abort();
  });
  await page.goto(url);
  await page.locator('#app[data-ready="true"]').waitFor();
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}
