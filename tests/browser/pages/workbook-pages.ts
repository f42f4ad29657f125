// Page objects for the unlocked app: the header, home and an exercise screen.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class HomePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async goHome() {
    await this.page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Home' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  }

  card(title: string) {
    return this.page.getByRole('list', { name: /exercises/i }).getByRole('link', { name: new RegExp(title) });
  }

  async open(title: string) {
    await this.card(title).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return new ExercisePage(this.page);
  }

  async lock() {
    await this.page.getByRole('button', { name: 'Lock' }).click();
  }
}

export class ExercisePage {
  readonly page: Page;
  /** Where fields are looked up: the whole page, or one section such as today's entry. */
  readonly #root: Page | Locator;
  constructor(page: Page, root: Page | Locator = page) {
    this.page = page;
    this.#root = root;
  }

  /** The same actions, limited to the section headed `heading` (e.g. /^Today/). */
  section(heading: string | RegExp) {
    return new ExercisePage(this.page, this.page.getByRole('region', { name: heading }));
  }

  field(label: string | RegExp) {
    return this.#root.getByLabel(label).first();
  }

  async write(label: string | RegExp, text: string) {
    await this.field(label).fill(text);
  }

  async choose(question: string, option: string) {
    await this.#root.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
  }

  async expectSaved() {
    await expect(this.#root.getByRole('status').filter({ hasText: /^Saved at/ }).first()).toBeVisible();
  }

  apologyNotes() {
    return this.page.locator('.feedback');
  }

  async openPrintOptions() {
    const isOpen = await this.page.locator('details.print-controls').evaluate((el) => (el as HTMLDetailsElement).open);
    if (!isOpen) await this.page.getByText('Print or save as PDF').click();
  }

  /** Clicks one of the print buttons and waits for its confirmation. */
  async print(button: 'Print blank worksheet' | 'Save blank as PDF' | 'Print filled worksheet' | 'Save filled as PDF') {
    await this.openPrintOptions();
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page.locator('.print-controls__message')).toHaveText(/^(Saved as|Sent to the printer)/, { timeout: 20_000 });
  }
}

/** The timeline: everything the unlocked partner may read, by day. */
export class TimelinePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  }

  /** The link of the entry whose first words are `text`. */
  entry(text: string) {
    return this.page.getByRole('main').getByRole('link').filter({ hasText: text });
  }

  async expectNotListed(text: string) {
    await expect(this.page.getByRole('main')).not.toContainText(text);
  }

  /** Exactly these entries among the ones named: each listed once, the others not at all. */
  async expectExactly(listed: readonly string[], notListed: readonly string[]) {
    for (const text of listed) await expect(this.entry(text)).toHaveCount(1);
    for (const text of notListed) await this.expectNotListed(text);
  }
}
