// Page objects for the first-start and lock screens.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

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

  async submit() {
    await this.page.getByRole('button', { name: 'Create my workbook' }).click();
  }

  /** Creates the workbook and answers the role question that follows. */
  async create(passphrase: string, role: RoleTitle = 'I am rebuilding trust') {
    await this.expectShown();
    await this.fill(passphrase);
    await this.submit();
    await new RolePage(this.page).choose(role);
  }

  error(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

export type RoleTitle = 'I am rebuilding trust' | 'I was hurt' | 'We are doing this together';

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
