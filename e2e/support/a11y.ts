// Accessibility checks shared by the browser journeys: axe with the WCAG 2.2 A/AA rules, a page's
// heading followed by axe, and "no sideways scrolling" (for the 360-px phone width, PHONE).
//
//   import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
//   await onPage(page, 'Aanmelden', 'sign-in page');
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './server.ts';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A phone-sized screen: 360 px wide. */
export const PHONE = { width: 360, height: 740 };

/** Runs axe on the page as it is; every violation is listed in the failure, with `what` named. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `accessibility problems on ${what}`).toEqual([]);
}

/** Waits for the page heading (h1), then runs axe. */
export async function onPage(page: Page, heading: string | RegExp, what: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page, what);
}

/** The page is no wider than the window (at 360 px: nothing to scroll sideways). */
export async function expectNoSidewaysScrolling(page: Page, what?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (what === undefined) expect(overflow).toBeLessThanOrEqual(0);
  else expect(overflow, `sideways scrolling on ${what}`).toBeLessThanOrEqual(0);
}
