// Helpers shared by the accessibility and appearance specs: set the theme and
// text size through the app's own API (as Settings does), seed a few weeks of
// entries through the real services, run axe on a screen, measure what axe
// cannot (chart text), and find layout problems at large sizes.
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Appearance } from '../../../shared/contract/channels.ts';
import { addDays, localDay, weekStart } from '../../../shared/domain/dates.ts';
import type { MendHarness } from '../harness/mend-harness.ts';

export type Theme = 'light' | 'dark';

/** The window every test page has (see mend-harness.ts). */
export const WINDOW = { width: 1100, height: 800 };

/**
 * Page zoom at `factor`, as Chromium does it (see the top of appearance.spec.ts for why this
 * and not pinch zoom); 1 restores the window.
 */
export async function zoom(cdp: CDPSession, factor: number) {
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: Math.round(WINDOW.width / factor), height: Math.round(WINDOW.height / factor), deviceScaleFactor: factor, mobile: false });
}

/** Saves the appearance through window.mend (as Settings does), reloads, and waits until it is applied. */
export async function useAppearance(page: Page, appearance: Appearance): Promise<void> {
  const saved = await page.evaluate((a) => window.mend.settings.set({ appearance: a }), appearance);
  expect(saved.ok, 'settings.set answered ok').toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', appearance.theme);
}

/**
 * A full-page screenshot through the same DevTools session, so the zoom stays as it is
 * (Playwright's own fullPage screenshot puts its viewport back, undoing the zoom).
 */
export async function screenshot(page: Page, cdp: CDPSession, path: string) {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } });
  writeFileSync(path, Buffer.from(data, 'base64'));
}

/** The page's background, as the eye sees it (the body paints var(--bg)). */
export function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

const today = localDay(new Date());

/** A few weeks of realistic entries, so progress, search, timeline and export have something to show. */
export function seedEntries(mend: MendHarness): void {
  const j = mend.services.vault.journal();
  const save = (exerciseId: string, day: string, answers: Record<string, unknown>) => j.save({ exerciseId, day, answers } as never);
  for (let d = 0; d < 30; d++) if (d % 3 !== 1) save('next-right-thing', addDays(today, -d), { rightThing: `Call at lunchtime, day ${d}`, didI: d % 3 === 0 ? 'yes' : 'partly' });
  for (let w = 5; w >= 0; w--) {
    const monday = weekStart(addDays(today, -7 * w));
    save('weekly-check-in', monday, { oneName: 'Sam', oneTrust: String(2 + (5 - w)), twoName: 'Alex', twoTrust: '3', oneWin: 'We walked together on Sunday' });
    for (let q = 0; q < w; q++) save('same-question-again', monday, { theQuestion: 'Are you still in touch with them?' });
    save('promises-kept', monday, { whatISaid: 'Home by seven', kept: w % 2 ? 'kept' : 'not-kept' });
    save('support-i-lean-on', monday, { supportKind: 'counseling', whatItGaveMe: 'A calmer way to answer' });
  }
  save('small-steps', addDays(today, -2), { whatHappened: 'We laughed at dinner for the first time in weeks' });
  save('owning-it', addDays(today, -4), { whatIDid: 'I kept a second phone in the glovebox.', whatItCost: 'Your sense that home was safe.' });
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  screen: string;
  theme: Theme;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe with the WCAG 2.0/2.1 A and AA rules, on the whole page or the part `include` selects. Legacy
 * mode runs axe.run in the page itself. The default mode finishes every run in a new blank page (for
 * cross-origin frames, which Mend has none of): 3 s an audit here against 0.5 s, the same findings,
 * and most of the accessibility walks' time.
 */
function axeOn(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS);
  return (include ? builder.include(include) : builder).analyze();
}

/** The serious and critical axe findings on the part of the page `selector` selects, as `rule: first node`. */
export async function blockingAxeFindings(page: Page, selector: string): Promise<string[]> {
  const results = await axeOn(page, selector);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules on what the page shows now. */
export async function audit(page: Page, screen: string, theme: Theme): Promise<AxeFinding[]> {
  // Let the last render settle (charts, live regions) before axe reads colours.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const results = await axeOn(page);
  const toFinding = (v: (typeof results.violations)[number], impact: string): AxeFinding => ({
    screen,
    theme,
    rule: v.id,
    impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`),
  });
  // "Incomplete" is what axe could not decide by itself (e.g. text over a gradient): reported, never failing.
  return [...results.violations.map((v) => toFinding(v, v.impact ?? 'unknown')), ...results.incomplete.map((v) => toFinding(v, 'needs review'))];
}

export const isBlocking = (f: AxeFinding) => f.impact === 'serious' || f.impact === 'critical';

export function formatFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `[${f.theme}] ${f.screen}: ${f.rule} (${f.impact}) ${f.help}\n${f.nodes.map((n) => `    ${n}`).join('\n')}`).join('\n');
}

/**
 * What would make a screen hard to use at large sizes: a horizontal scrollbar
 * on the page (naming the outermost elements that stick out), text inputs and
 * selects too small for their text, and any element that hides overflowing content.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden, .skip-link, details:not([open]) > :not(summary)');
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      const wide = [...document.body.querySelectorAll('*')].filter((el) => shown(el) && el.getBoundingClientRect().right > doc.clientWidth + 1);
      const outermost = wide.filter((el) => !el.parentElement || !wide.includes(el.parentElement));
      problems.push(`page scrolls sideways: scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth}; sticking out: ${outermost.slice(0, 6).map(describe).join(', ')}`);
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (!shown(el) || ['checkbox', 'radio', 'hidden'].includes(el.type) || getComputedStyle(el).opacity === '0') continue;
      const cs = getComputedStyle(el);
      const fontPx = parseFloat(cs.fontSize);
      if (el.clientHeight + 1 < fontPx * 1.15) problems.push(`${describe(el)} is ${el.clientHeight}px high for ${fontPx}px text`);
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${describe(el)} clips its text vertically (${el.scrollHeight} > ${el.clientHeight})`);
      if (el instanceof HTMLSelectElement) {
        canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? '';
        const needed = canvas.measureText(text).width + parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + fontPx; // + the arrow
        if (needed > el.clientWidth + 1) problems.push(`${describe(el)} cuts off “${text}” (${Math.ceil(needed)}px needed, ${el.clientWidth}px wide)`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} cuts off its text horizontally (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    for (const el of document.body.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      if (!shown(el) || el.matches('input, select, textarea, svg, svg *')) continue;
      const hides = (o: string) => o === 'hidden' || o === 'clip';
      if ((hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`${describe(el)} hides overflowing content (“${(el.textContent ?? '').trim().slice(0, 40)}”)`);
      }
    }
    return problems;
  });
}

/**
 * The lowest contrast of chart text (axis labels) against what is behind it. axe cannot
 * decide this for SVG text ("needs review"), so it is measured here: fill against the
 * nearest painted background of the chart's ancestors.
 */
export function lowestChartTextContrast(page: Page, within: string): Promise<{ ratio: number; fill: string; background: string }> {
  return page.evaluate((selector) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const alpha = rgb(bg)[3];
        if (bg !== 'transparent' && alpha !== 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    let worst = { ratio: Infinity, fill: '', background: '' };
    for (const text of document.querySelectorAll(`${selector} .chart__axis text`)) {
      const fill = getComputedStyle(text).fill;
      const background = backgroundOf(text.closest('figure'));
      const [hi, lo] = [luminance(fill), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < worst.ratio) worst = { ratio, fill, background };
    }
    // No chart text at all is a failure too (ratio 0), not a pass.
    return worst.ratio === Infinity ? { ratio: 0, fill: 'no chart text found', background: '' } : worst;
  }, within);
}
