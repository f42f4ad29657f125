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

  async create(passphrase: string) {
    await this.expectShown();
    await this.fill(passphrase);
    await this.submit();
    await expect(this.page.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  }

  error(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
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
