// Page objects for the first-start and lock screens.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PartnerSetupForm } from './partner-pages.ts';
import type { Partner } from './partner-pages.ts';

export class SetupPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
  }

  async fill(passphrase: string, confirm = passphrase, understood = true) {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(confirm);
    const box = this.page.getByLabel('I understand that if I lose it');
    if (understood) await box.check();
    else await box.uncheck();
  }

  /** Submits the passphrase step: "Create my workbook" on one's own, "Continue" (to the second partner) for two. */
  async submit() {
    await this.page.getByRole('button', { name: /^(Create my workbook|Continue)$/ }).click();
  }

  /** From the welcome step to the passphrase step: who will use Mend, then the safety note. */
  async begin(role: RoleTitle = 'I am rebuilding trust') {
    await this.expectShown();
    await this.page.getByRole('button', { name: 'Begin' }).click();
    await expect(this.page.getByRole('heading', { name: 'Who will use this workbook?' })).toBeVisible();
    await this.page.getByRole('radio', { name: new RegExp(role) }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    if (role === 'We are doing this together') {
      await expect(this.page.getByRole('heading', { name: 'Before you begin together' })).toBeVisible();
      await this.page.getByRole('button', { name: 'We both feel safe doing this together' }).click();
    } else {
      await expect(this.page.getByRole('heading', { name: 'A note on safety' })).toBeVisible();
      await this.page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(this.page.getByRole('heading', { name: /^Choose (a|your) passphrase$/ })).toBeVisible();
  }

  /**
   * The whole first start: role, safety, passphrase, and "not now" to the backup offer.
   * "Together" is set up for one person for now (the second partner's step is skipped).
   */
  async create(passphrase: string, role: RoleTitle = 'I am rebuilding trust') {
    await this.begin(role);
    await this.fill(passphrase);
    await this.submit();
    if (role === 'We are doing this together') await this.partnerLater();
    await this.finish();
  }

  /** First start for two: the first partner's passphrase, then the second partner's step, then home (open as the first). */
  async createForTwo(first: Partner, second: Partner, secondRole: RoleTitle = 'I was hurt') {
    await this.begin('We are doing this together');
    await this.fill(first.passphrase);
    await this.submit();
    await this.expectPartnerStep();
    const form = new PartnerSetupForm(this.page);
    await form.fill({ me: first.name, partner: second.name, role: secondRole, partnerPassphrase: second.passphrase });
    await form.submit('Set up Mend for the two of us');
    await this.finish();
  }

  async expectPartnerStep() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Now your partner' })).toBeVisible();
  }

  /** On the second partner's step: set Mend up for one person, for now. */
  async partnerLater() {
    await this.expectPartnerStep();
    await this.page.getByRole('button', { name: 'Set up for me alone, for now' }).click();
  }

  /** From the backup offer, "not now", to home. */
  async finish() {
    await expect(this.page.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible({ timeout: 20_000 });
    await this.page.getByRole('button', { name: 'Not now, go to my workbook' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  }

  /** On the passphrase step: too short, not the same twice, and the no-recovery box unticked, each refused with its message. */
  async showEachPassphraseError(passphrase: string) {
    await this.fill('short');
    await this.submit();
    await expect(this.error('at least 8 characters')).toBeVisible();
    await this.fill(passphrase, `${passphrase}!`);
    await this.submit();
    await expect(this.error('The two passphrases are not the same.')).toBeVisible();
    await this.fill(passphrase, passphrase, false);
    await this.submit();
    await expect(this.error('no way to recover a lost passphrase')).toBeVisible();
  }

  error(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

export type RoleTitle = 'I am rebuilding trust' | 'I was hurt' | 'We are doing this together' | 'I have been abusive or controlling';

export class RolePage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async choose(role: RoleTitle) {
    await expect(this.page.getByRole('heading', { name: 'Who are you in this?' })).toBeVisible();
    await this.page.getByRole('radio', { name: new RegExp(role) }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  }
}

export class UnlockPage {
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  }

  async unlock(passphrase: string) {
    await this.expectShown();
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  error() {
    return this.page.locator('#unlock-error');
  }
}
