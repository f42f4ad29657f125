// Keyboard-only driving: Tab (or Shift+Tab) until a given control has focus,
// and a check that the focused control shows a visible focus ring. Locators are
// used only to *identify* elements, never to act on them.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A short description of the focused element, for failure messages. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing: the page itself)';
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${name.trim().replace(/\s+/g, ' ').slice(0, 60)}”`;
  });
}

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times.
 * Fails naming every element that took focus on the way.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  const visited: string[] = [];
  await expect(target, 'the control to reach by keyboard is on screen').toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    visited.push(await describeFocus(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(`${String(target)} never took focus in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}. Focus went to:\n  ${visited.join('\n  ')}`);
}

/** The focused element draws a focus indicator: it matches :focus-visible and has a real outline. */
export async function expectFocusVisible(page: Page, where: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { focusVisible: false, style: 'none', width: '0px', what: 'nothing (the page itself)' };
    const cs = getComputedStyle(el);
    return { focusVisible: el.matches(':focus-visible'), style: cs.outlineStyle, width: cs.outlineWidth, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` };
  });
  expect(ring.focusVisible, `${where}: the focused ${ring.what} matches :focus-visible`).toBe(true);
  expect(ring.style, `${where}: the focused ${ring.what} has an outline`).not.toBe('none');
  expect(parseFloat(ring.width), `${where}: the focused ${ring.what}'s outline has a width`).toBeGreaterThanOrEqual(2);
}
