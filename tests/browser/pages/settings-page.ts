// Page object for "Settings and backups".
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export class SettingsPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();
  }

  section(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async changePassphrase(current: string, next: string, confirm = next) {
    const s = this.section('Passphrase');
    await s.getByLabel('Current passphrase').fill(current);
    await s.getByLabel('New passphrase', { exact: true }).fill(next);
    await s.getByLabel('New passphrase again').fill(confirm);
    await s.getByRole('button', { name: 'Change passphrase' }).click();
  }

  message(section: string) {
    return this.section(section).locator('[role="status"], [role="alert"]').last();
  }
}
