// Screenshots of every exercise's screen with a realistic entry, and of its
// worksheet printed blank and filled, in .test-output/catalog/. For looking at
// the whole workbook as a user would. Run: npm run build && node tests/browser/catalog-tour.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Answers } from '../../shared/exercises/answer-schema.ts';
import type { ExerciseDef, FieldDef } from '../../shared/exercises/types.ts';
import { CATALOG } from '../../shared/exercises/catalog.ts';
import { localDay } from '../../shared/domain/dates.ts';
import { currentPeriodDay } from '../../shared/exercises/progress.ts';
import { worksheetRoute } from '../../shared/routes.ts';
import { chromiumLaunchOptions } from './harness/chromium.ts';
import { startMendHarness } from './harness/mend-harness.ts';

const out = resolve(import.meta.dirname, '../../.test-output/catalog');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** A plausible answer for any field, so every widget shows filled. */
function sample(field: FieldDef, n: number): Answers[string] {
  switch (field.type) {
    case 'choice':
      return field.options?.[n % field.options.length]?.value ?? '';
    case 'scale':
      return String(4 + (n % 5));
    case 'list':
      return [0, 1, 2].map((row) => Object.fromEntries((field.itemFields ?? []).map((i) => [i.id, i.type === 'choice' ? (i.options?.[row % i.options.length]?.value ?? '') : `${i.label} ${row + 1}`])));
    case 'signature':
      return { name: n % 2 ? 'Alex' : 'Sam', date: localDay(new Date()) };
    default:
      return `A sample answer for “${field.label}”, written the way someone might in an ordinary week.`;
  }
}
const sampleAnswers = (exercise: ExerciseDef): Answers =>
  Object.fromEntries(exercise.steps.flatMap((s) => s.fields).map((f, i) => [f.id, sample(f, i)]));

const browser = await chromium.launch(chromiumLaunchOptions());
const mend = await startMendHarness({ browser, dataDir: join(out, 'data'), printDir: join(out, 'printed'), viewport: { width: 1180, height: 860 } });
await mend.services.vault.create('catalog tour passphrase');
mend.services.vault.profile().set({ role: 'R' });
const page = await mend.openPage();
await page.getByRole('heading', { name: 'Your workbook' }).waitFor();

for (const exercise of CATALOG) {
  const n = String(exercise.number).padStart(2, '0');
  const day = currentPeriodDay(exercise.cadence === 'weekly' ? 'weekly' : 'daily', localDay(new Date()));
  const entry = mend.services.vault.journal().save({ exerciseId: exercise.id, day, answers: sampleAnswers(exercise) });
  await page.goto(`${mend.origin}/index.html#/exercise/${exercise.id}`);
  await page.getByRole('heading', { level: 1, name: exercise.title }).waitFor();
  await page.screenshot({ path: join(out, `${n}-${exercise.id}-screen.png`), fullPage: true });
  for (const entryId of [null, entry.id]) {
    const kind = entryId ? 'filled' : 'blank';
    const job = await mend.printer.print({ route: worksheetRoute({ exerciseId: exercise.id, entryId }), target: 'pdf', suggestedFileName: `${n}-${exercise.id}-${kind}.pdf` });
    execFileSync('pdftoppm', ['-png', '-r', '50', job.path!, join(out, `${n}-${exercise.id}-${kind}`)]);
  }
}
await page.goto(`${mend.origin}/index.html#/`);
await page.getByRole('heading', { name: 'Your workbook' }).waitFor();
await page.screenshot({ path: join(out, '00-home.png'), fullPage: true });
console.log(`screens and worksheets in ${out}`);
await mend.close();
await browser.close();
