// Page object for a worksheet's print view (#/print/worksheet/<id>[?entry=<id>]),
// the same route main opens in a hidden window to print.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { worksheetRoute } from '../../../shared/routes.ts';
import type { MendHarness } from '../harness/mend-harness.ts';

export class WorksheetPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Opens the print view in a new page, as the printer does; blank when entryId is null. */
  static async open(mend: MendHarness, exerciseId: string, entryId: string | null = null): Promise<WorksheetPage> {
    return new WorksheetPage(await mend.openPage(worksheetRoute({ exerciseId, entryId })));
  }

  async expectShown(title: string) {
    await expect(this.page.locator('article.worksheet').getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async expectBlank() {
    await expect(this.page.locator('.ws-meta--blank')).toBeVisible();
  }
}
