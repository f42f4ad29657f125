// Page objects for a workbook for two: the form that sets it up (first start
// and Settings), Settings' Partner section, what the writer of an entry
// decides on it (who can read it, counselor summaries), the read-only view of
// the other partner's entry, and the together panel and banner.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { RoleTitle } from './gate-pages.ts';

export interface Partner {
  name: string;
  passphrase: string;
}

/** The two partners of the tests: Sam sets the workbook up, Alex is added. */
export const SAM: Partner = { name: 'Sam', passphrase: 'quiet river morning light' };
export const ALEX: Partner = { name: 'Alex', passphrase: 'lantern above the harbour wall' };

export interface PartnerSetupValues {
  /** Settings only: the first partner's current passphrase. */
  current?: string;
  me: string;
  partner: string;
  role: RoleTitle | null;
  partnerPassphrase: string;
  confirm?: string;
  understood?: boolean;
}

/** The form that sets a workbook up for two, wherever it is shown. */
export class PartnerSetupForm {
  readonly #root: Page | Locator;
  constructor(root: Page | Locator) {
    this.#root = root;
  }

  async fill(v: PartnerSetupValues) {
    if (v.current !== undefined) await this.#root.getByLabel('Your current passphrase').fill(v.current);
    await this.#root.getByLabel('What should Mend call you?').fill(v.me);
    await this.#root.getByLabel('And your partner?').fill(v.partner);
    if (v.role) await this.#root.getByRole('radio', { name: new RegExp(v.role) }).check();
    await this.#root.getByLabel('Your own passphrase', { exact: true }).fill(v.partnerPassphrase);
    await this.#root.getByLabel('Your own passphrase again').fill(v.confirm ?? v.partnerPassphrase);
    const box = this.#root.getByLabel('I understand that if I lose my passphrase');
    if (v.understood ?? true) await box.check();
    else await box.uncheck();
  }

  async submit(label: 'Set up Mend for the two of us' | 'Set up for two') {
    await this.#root.getByRole('button', { name: label }).click();
  }

  error(text: string | RegExp) {
    return this.#root.getByRole('alert').filter({ hasText: text });
  }

  /** Submitted empty, then with the partner's passphrase typed differently and then equal to the first partner's: each refused with its message. */
  async showEachError(label: 'Set up Mend for the two of us' | 'Set up for two', first: Partner, second: Partner, withCurrent: boolean) {
    await this.submit(label);
    await expect(this.error('Please type a name.').first()).toBeVisible();
    await expect(this.error('Choose one of the roles offered.')).toBeVisible();
    await expect(this.error('at least 8 characters')).toBeVisible();
    await expect(this.error('no way to recover a lost passphrase')).toBeVisible();
    const base = { me: first.name, partner: second.name, role: 'I was hurt' as const, ...(withCurrent ? { current: first.passphrase } : {}) };
    await this.fill({ ...base, partnerPassphrase: second.passphrase, confirm: `${second.passphrase}!` });
    await this.submit(label);
    await expect(this.error('The two passphrases are not the same.')).toBeVisible();
    await this.fill({ ...base, partnerPassphrase: first.passphrase });
    await this.submit(label);
    await expect(this.error('Each of you needs a passphrase of your own.')).toBeVisible();
  }
}

/** Settings' "Partner" section. */
export class PartnerSection {
  readonly section: Locator;
  readonly form: PartnerSetupForm;
  constructor(page: Page) {
    this.section = page.getByRole('region', { name: 'Partner', exact: true });
    this.form = new PartnerSetupForm(this.section);
  }

  /** "Set up this workbook for two", up to the safety note and its two answers. */
  async startSetUp() {
    await this.section.getByRole('button', { name: 'Set up this workbook for two' }).click();
    await expect(this.section.getByRole('heading', { name: 'Before you begin together' })).toBeVisible();
    await expect(this.section.getByText('National Domestic Violence Hotline')).toBeVisible();
  }

  async feelSafe() {
    await this.section.getByRole('button', { name: 'We both feel safe doing this together' }).click();
    await expect(this.section.getByLabel('And your partner?')).toBeVisible();
  }

  async notSafe() {
    await this.section.getByRole('button', { name: 'It isn’t safe for us' }).click();
  }

  /** The whole way from a workbook for one: safety, the form, and the confirmation. */
  async setUpForTwo(first: Partner, second: Partner, role: RoleTitle = 'I was hurt') {
    await this.startSetUp();
    await this.feelSafe();
    await this.form.fill({ current: first.passphrase, me: first.name, partner: second.name, role, partnerPassphrase: second.passphrase });
    await this.form.submit('Set up for two');
    await expect(this.section.getByText('Mend is now set up for the two of you.')).toBeVisible({ timeout: 20_000 });
  }
}

/** An open entry in a workbook for two: the writer's choices, or the read-only view of the other partner's entry. */
export class EntrySharing {
  readonly #page: Page;
  readonly #root: Page | Locator;
  constructor(page: Page, root: Page | Locator = page) {
    this.#page = page;
    this.#root = root;
  }

  whoCanRead() {
    return this.#root.getByRole('group', { name: 'Who can read this' });
  }

  /** Chooses who can read the entry and waits for the words that say it happened. */
  async share(withName: string) {
    await this.whoCanRead().getByRole('radio', { name: `Me and ${withName}` }).check();
    await expect(this.whoCanRead().getByRole('status')).toHaveText(`Now shared with ${withName}.`);
  }

  async keepToMyself() {
    await this.whoCanRead().getByRole('radio', { name: 'Only me' }).check();
    await expect(this.whoCanRead().getByRole('status')).toHaveText('Now only you can read this.');
  }

  async leaveOutOfSummaries() {
    await this.#root.getByLabel('Leave this entry out of counselor summaries').check();
    await expect(this.#root.getByText('This entry will stay out of summaries.')).toBeVisible();
  }

  /** The other partner's entry: its text, the note on who can change it, and nothing to change it with. */
  async expectReadOnly(writer: string, text: string) {
    await expect(this.#root.getByText(`Only ${writer} can change this entry.`)).toBeVisible();
    await expect(this.#root.getByText(text)).toBeVisible();
    await expect(this.#root.getByRole('textbox')).toHaveCount(0);
    await expect(this.whoCanRead()).toHaveCount(0);
    await expect(this.#root.getByLabel('Leave this entry out of counselor summaries')).toHaveCount(0);
    await expect(this.#page.getByRole('button', { name: 'Delete this entry…' })).toHaveCount(0);
  }
}

/** "Do this together" on the check-in and the agreement, and the session banner on every screen. */
export class TogetherSession {
  readonly #page: Page;
  constructor(page: Page) {
    this.#page = page;
  }

  panel() {
    return this.#page.getByRole('region', { name: 'Do this together' });
  }

  banner() {
    return this.#page.getByRole('region', { name: 'Together session' });
  }

  /** The next partner types their passphrase in the panel, under the label that asks for them. */
  async confirm(asked: string, passphrase: string) {
    await this.panel().getByLabel(`${asked}, type your passphrase`).fill(passphrase);
    await this.panel().getByRole('button', { name: 'Confirm' }).click();
  }

  /** Both partners, one after the other, as they would at the computer. */
  async start(first: Partner, second: Partner) {
    await this.confirm('First partner', first.passphrase);
    await expect(this.panel().getByRole('status')).toHaveText(`Thank you, ${first.name}. Now ${second.name}, please type your own passphrase.`);
    await this.confirm(second.name, second.passphrase);
    await expect(this.banner()).toContainText(`Together: ${first.name} and ${second.name}`);
    await expect(this.banner()).toBeFocused();
  }

  async end() {
    await this.banner().getByRole('button', { name: 'End together session' }).click();
    await expect(this.banner()).toHaveCount(0);
  }
}
