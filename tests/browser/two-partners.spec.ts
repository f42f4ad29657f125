// Two partners, one computer: set up for two at first start or in Settings
// (after the safety note; "it isn't safe for us" keeps it for one), each
// partner's private space and the shared one as each of them sees it, a change
// of who can read an entry, a check-in and an agreement done together and
// signed, and a counselor summary that never carries the other partner's
// private words. Every text is unique, so a hit or a miss names one entry.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localDay } from '../../shared/domain/dates.ts';
import { expect, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { RolePage, SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { ALEX, EntrySharing, PartnerSection, SAM, TogetherSession } from './pages/partner-pages.ts';
import type { Partner } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { ExercisePage, HomePage, TimelinePage } from './pages/workbook-pages.ts';
import { pdfText } from './harness/pdf.ts';

const SAM_PRIVATE = 'SAM-PRIVATE-c41e I still think about the night I left.';
const SAM_SHARED = 'SAM-SHARED-7b20 Call at lunch, as I said I would.';
const ALEX_PRIVATE = 'ALEX-PRIVATE-9d3f I am not ready to talk about the holidays.';
const ALEX_SHARED = 'ALEX-SHARED-51aa We cooked dinner together on Tuesday.';

/** Locks, unlocks with `partner`'s passphrase, and checks whose space is open. */
async function switchTo(app: Page, partner: Partner) {
  await new HomePage(app).lock();
  await new UnlockPage(app).unlock(partner.passphrase);
  await expect(app.getByText(`Open as ${partner.name}`)).toBeVisible();
}

/** The entries:list requests the screens make from now on. */
function recordListRequests(mend: MendHarness) {
  const handlers = mend.services.handlers;
  const list = handlers['entries:list'];
  const requests: Parameters<typeof list>[0][] = [];
  handlers['entries:list'] = (request, sender) => {
    requests.push(request);
    return list(request, sender);
  };
  return requests;
}

/** Sam: one entry only for Sam ("Where I stand") and today's next right thing, shared. */
async function samWrites(app: Page) {
  const home = new HomePage(app);
  const stand = await home.open('Where I stand');
  await expect(app.getByText('A new entry is for you alone.')).toBeVisible();
  await stand.write(/^What happened, in plain words/, SAM_PRIVATE);
  await stand.expectSaved();
  await home.goHome();
  const nrt = await home.open('The next right thing, today');
  const today = nrt.section(/^Today/);
  await today.write('Today’s next right thing', SAM_SHARED);
  await today.expectSaved();
  await new EntrySharing(app, app.getByRole('region', { name: /^Today/ })).share(ALEX.name);
  await home.goHome();
}

test('set up for two at first start: each partner reads their own entries and what the other shared, never the other’s private ones', async ({ app, mend }) => {
  test.setTimeout(120_000);
  const listed = recordListRequests(mend);
  await new SetupPage(app).createForTwo(SAM, ALEX);
  await expect(app.getByText(`Open as ${SAM.name}`)).toBeVisible();
  await samWrites(app);

  await switchTo(app, ALEX);
  // Alex chose a role in Sam's company; it is Alex's own.
  await expect(app.getByText('I was hurt. Change your role')).toBeVisible();
  const home = new HomePage(app);
  // Sam's shared entry is not Alex's "today".
  await expect(home.card('The next right thing')).toContainText('Today: not done yet');
  await expect(app.getByRole('region', { name: `Shared by ${SAM.name}` })).toContainText(SAM_SHARED.slice(0, 40));
  const timeline = new TimelinePage(app);
  await timeline.open();
  await expect(timeline.entry(SAM_SHARED)).toContainText(`Written by ${SAM.name}`);
  await timeline.expectNotListed(SAM_PRIVATE);
  await timeline.entry(SAM_SHARED).click();
  await new EntrySharing(app).expectReadOnly(SAM.name, SAM_SHARED);

  // Alex's own today is an empty page, with Sam's listed apart.
  await home.goHome();
  const nrt = await home.open('The next right thing, today');
  await expect(nrt.section(/^Today/).field('Today’s next right thing')).toHaveValue('');
  await expect(app.getByRole('region', { name: `Shared by ${SAM.name}` })).toContainText(`Written by ${SAM.name}`);

  await home.goHome();
  const need = await home.open('What I need to feel safe again');
  await need.write('What I need to feel safe', ALEX_PRIVATE);
  await need.expectSaved();
  await home.goHome();
  const steps = await home.open('No step too small');
  await steps.write('What happened', ALEX_SHARED);
  await steps.expectSaved();
  await new EntrySharing(app).share(SAM.name);

  await switchTo(app, SAM);
  await timeline.open();
  await timeline.expectExactly([SAM_PRIVATE, SAM_SHARED, ALEX_SHARED], [ALEX_PRIVATE]);
  await expect(timeline.entry(ALEX_SHARED)).toContainText(`Written by ${ALEX.name}`);
  await expect(timeline.entry(SAM_SHARED)).toContainText('Shared');
  // Home ("Shared by" included), the exercises and the timeline asked for a page at a time, never every entry:
  // main counts each partner's own for statuses and "where you left off" (entries:overview).
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((request) => request.limit === undefined)).toEqual([]);
  await app.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Search' }).click();
  await app.getByRole('searchbox', { name: 'Words to find' }).fill('ALEX-');
  await expect(app.locator('.search-result')).toHaveCount(1);
  await expect(app.locator('.search-result')).toContainText(`Written by ${ALEX.name}`);
});

test('who can read an entry: shared, then only me, and the other partner no longer sees it', async ({ app }) => {
  test.setTimeout(90_000);
  await new SetupPage(app).createForTwo(SAM, ALEX);
  await samWrites(app);
  await switchTo(app, ALEX);
  const timeline = new TimelinePage(app);
  await timeline.open();
  await expect(timeline.entry(SAM_SHARED)).toBeVisible();

  await switchTo(app, SAM);
  await timeline.open();
  await timeline.entry(SAM_SHARED).click();
  const sharing = new EntrySharing(app);
  await expect(sharing.whoCanRead().getByRole('radio', { name: `Me and ${ALEX.name}` })).toBeChecked();
  await sharing.keepToMyself();

  await switchTo(app, ALEX);
  await timeline.open();
  await timeline.expectNotListed(SAM_SHARED);
  await new HomePage(app).goHome();
  await expect(app.getByRole('region', { name: `Shared by ${SAM.name}` })).toHaveCount(0);
});

test('a check-in and an agreement done together: both passphrases on one screen, both names, signed; the other partner sees it later', async ({ app, mend }) => {
  test.setTimeout(120_000);
  await new SetupPage(app).createForTwo(SAM, ALEX);
  const home = new HomePage(app);
  const checkIn = await home.open('Weekly trust check-in');
  const together = new TogetherSession(app);
  await expect(together.panel()).toContainText(`${SAM.name}: not yet`);
  await together.confirm('First partner', 'not a passphrase of ours');
  await expect(together.panel().getByRole('alert')).toBeVisible();
  await together.start(SAM, ALEX);
  await expect(together.panel()).toHaveCount(0);

  const first = checkIn.section(`First partner: ${SAM.name}`);
  const second = checkIn.section(`Second partner: ${ALEX.name}`);
  await app.getByRole('region', { name: `First partner: ${SAM.name}` }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '5', exact: true }).check();
  await app.getByRole('region', { name: `Second partner: ${ALEX.name}` }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '4', exact: true }).check();
  await first.write('One win this week', 'TOGETHER-WIN-SAM-3e1 We walked to the river.');
  await second.write('One win this week', 'TOGETHER-WIN-ALEX-8c2 You told me about the call.');
  await checkIn.expectSaved();
  await expect(app.getByText(new RegExp(`^Signed by ${SAM.name} and ${ALEX.name} on`))).toBeVisible();
  const saved = mend.services.vault.journal().list('weekly-check-in')[0]!;
  expect(saved.visibility).toBe('shared');
  expect(saved.answers).toMatchObject({ oneName: SAM.name, twoName: ALEX.name });
  expect(saved.signedBy?.map((s) => s.name)).toEqual([SAM.name, ALEX.name]);

  // The agreement: confirmations are stamped, never typed.
  await home.goHome();
  const agreement = await home.open('Our rebuilding agreement');
  await app.getByRole('button', { name: 'Add a commitment' }).click();
  await app.getByLabel('Who, commitment 1').selectOption({ label: 'We will' });
  await agreement.write('Commitment, commitment 1', 'TOGETHER-COMMIT-5f0 Talk each Sunday evening.');
  await agreement.expectSaved();
  await expect(app.getByRole('button', { name: 'I agree, confirm' })).toHaveCount(0);
  await expect(app.getByText(new RegExp(`Confirmed by ${SAM.name} on`))).toBeVisible();
  await expect(app.getByText(new RegExp(`Confirmed by ${ALEX.name} on`))).toBeVisible();
  await together.end();

  // Changed alone afterwards, the agreement loses its confirmations, and says so first.
  await expect(app.getByText('Changing the answers on your own takes these signatures away.')).toBeVisible();
  await agreement.write('Commitment, commitment 1', 'TOGETHER-COMMIT-5f0 Talk each Sunday evening, for ten minutes.');
  await agreement.expectSaved();
  await expect(app.getByText(/Confirmed by/)).toHaveCount(0);
  await expect(app.getByText(/^Signed by/)).toHaveCount(0);

  await switchTo(app, ALEX);
  await home.goHome();
  await expect(home.card('Weekly trust check-in')).toContainText('This week: done');
  await home.open('Weekly trust check-in');
  const read = app.getByRole('region', { name: /^This week/ });
  await expect(read.getByText(new RegExp(`^Signed by ${SAM.name} and ${ALEX.name} on`))).toBeVisible();
  await expect(read.getByRole('heading', { name: `First partner: ${SAM.name}` })).toBeVisible();
  await expect(read.getByRole('heading', { name: `Second partner: ${ALEX.name}` })).toBeVisible();
  await expect(read).toContainText('TOGETHER-WIN-ALEX-8c2 You told me about the call.');
  await expect(read.getByText(`Only ${SAM.name} can change it, or the two of you together.`)).toBeVisible();
  // On paper too: who wrote it and who signed it.
  await new ExercisePage(app).print('Save filled as PDF');
  const paper = pdfText(mend.printer.printed.at(-1)!.path);
  expect(paper).toContain(`Written by ${SAM.name}`);
  expect(paper).toMatch(new RegExp(`Signed by ${SAM.name} and ${ALEX.name} on`));
  expect(paper).toContain('TOGETHER-WIN-ALEX-8c2 You told me about the call.');
});

/** Entries of both partners for the summary, written through the services as whoever is unlocked. */
function seedAs(mend: MendHarness, entries: { text: string; visibility: 'private' | 'shared'; leaveOut?: boolean }[]) {
  const journal = mend.services.vault.journal();
  for (const { text, visibility, leaveOut } of entries) {
    const entry = journal.save({ exerciseId: 'small-steps', day: localDay(new Date()), answers: { whatHappened: text }, visibility });
    if (leaveOut) journal.setPrivate(entry.id, true);
  }
}

test('a counselor summary never holds the other partner’s private entries, nor the shared ones they left out', async ({ app, mend }, testInfo) => {
  test.setTimeout(90_000);
  const PARTNER_LEFT_OUT = 'ALEX-SHARED-LEFT-OUT-2b7 Not for the counselor.';
  const MINE_LEFT_OUT = 'SAM-LEFT-OUT-0c9 Only if I choose.';
  await new SetupPage(app).createForTwo(SAM, ALEX);
  await switchTo(app, ALEX);
  seedAs(mend, [
    { text: ALEX_PRIVATE, visibility: 'private' },
    { text: ALEX_SHARED, visibility: 'shared' },
    { text: PARTNER_LEFT_OUT, visibility: 'shared', leaveOut: true },
  ]);
  await switchTo(app, SAM);
  seedAs(mend, [
    { text: SAM_PRIVATE, visibility: 'private' },
    { text: SAM_SHARED, visibility: 'shared' },
    { text: MINE_LEFT_OUT, visibility: 'private', leaveOut: true },
  ]);

  await app.getByRole('link', { name: 'Make a summary for your counselor' }).click();
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await expect(app.locator('.preview__paper')).toContainText(ALEX_SHARED);
  await expect(app.getByText('One entry you chose to leave out of summaries is not included.')).toBeVisible();
  const exportMarkdown = async (file: string) => {
    mend.dialogs.nextSavePath = testInfo.outputPath(file);
    await app.getByRole('button', { name: 'Save as Markdown…' }).click();
    await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(new RegExp(`${file.replace('.', '\\.')}$`));
    return readFileSync(testInfo.outputPath(file), 'utf8');
  };
  const plain = await exportMarkdown('summary.md');
  for (const text of [SAM_PRIVATE, SAM_SHARED, ALEX_SHARED]) expect(plain).toContain(text);
  for (const text of [ALEX_PRIVATE, PARTNER_LEFT_OUT, MINE_LEFT_OUT]) expect(plain).not.toContain(text);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(/^Saved as .*\.pdf$/, { timeout: 20_000 });
  // pdftotext breaks lines where the page does: compare without line breaks.
  const pdf = pdfText(mend.printer.printed.at(-1)!.path).replace(/\s+/g, ' ');
  for (const text of [SAM_PRIVATE, SAM_SHARED, ALEX_SHARED]) expect(pdf).toContain(text);
  for (const text of [ALEX_PRIVATE, PARTNER_LEFT_OUT, MINE_LEFT_OUT]) expect(pdf).not.toContain(text);

  // Opting in lets Sam's own left-out entry in, never Alex's.
  await app.getByLabel('Include entries I chose to leave out of summaries').check();
  await expect(app.locator('.preview__paper')).toContainText(MINE_LEFT_OUT);
  await expect(app.locator('.preview__paper')).not.toContainText(PARTNER_LEFT_OUT);
  const withMine = await exportMarkdown('with-mine.md');
  expect(withMine).toContain(MINE_LEFT_OUT);
  for (const text of [ALEX_PRIVATE, PARTNER_LEFT_OUT]) expect(withMine).not.toContain(text);
});

test('set up for two from Settings: the safety note first; “it isn’t safe for us” keeps Mend for one, kindly, with help a click away', async ({ app, mend }) => {
  await new SetupPage(app).create(SAM.passphrase, 'I was hurt');
  const settings = new SettingsPage(app);
  await settings.open();
  const partner = new PartnerSection(app);
  await partner.startSetUp();
  await partner.notSafe();
  await expect(partner.section.getByRole('status')).toContainText('This workbook stays yours alone, and the exercises for two stay off.');
  await expect(partner.section.getByLabel('And your partner?')).toHaveCount(0);
  await expect(partner.section.getByRole('button', { name: 'Set up this workbook for two' })).toHaveCount(0);
  expect(mend.services.vault.partners().forTwo).toBe(false);

  // The role question no longer offers "together" in this session.
  await app.getByRole('navigation', { name: 'Workbook' }).getByRole('link', { name: 'Home' }).click();
  await app.getByRole('link', { name: 'Change your role' }).click();
  await expect(app.getByRole('radio', { name: /together/ })).toHaveCount(0);
  await new RolePage(app).choose('I was hurt');

  await settings.open();
  await partner.section.getByRole('link', { name: 'Safety and where to find help' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Safety and where to find help' })).toBeVisible();
  await expect(app.getByText('National Domestic Abuse Helpline')).toBeVisible();
});

test('set up for two from Settings: the current passphrase is checked, each needs their own, and the new partner opens their own space', async ({ app, mend }) => {
  test.setTimeout(90_000);
  await new SetupPage(app).create(SAM.passphrase);
  const home = new HomePage(app);
  const stand = await home.open('Where I stand');
  await stand.write(/^What happened, in plain words/, SAM_PRIVATE);
  await stand.expectSaved();

  const settings = new SettingsPage(app);
  await settings.open();
  await expect(settings.section('Locking')).toContainText('Remember my workbook on this device');
  const partner = new PartnerSection(app);
  await partner.startSetUp();
  await partner.feelSafe();
  await partner.form.showEachError('Set up for two', SAM, ALEX, true);
  await partner.form.fill({ current: 'not my passphrase', me: SAM.name, partner: ALEX.name, role: 'I was hurt', partnerPassphrase: ALEX.passphrase });
  await partner.form.submit('Set up for two');
  await expect(partner.form.error('That is not your passphrase.')).toBeVisible({ timeout: 20_000 });
  await expect(partner.section.getByLabel('Your current passphrase')).toBeFocused();
  await partner.form.fill({ current: SAM.passphrase, me: SAM.name, partner: ALEX.name, role: 'I was hurt', partnerPassphrase: ALEX.passphrase });
  await partner.form.submit('Set up for two');
  await expect(partner.section.getByText('Mend is now set up for the two of you.')).toBeVisible({ timeout: 20_000 });
  await expect(partner.section).toContainText(`${SAM.name} (you, open now)`);
  await expect(settings.section('Locking')).toContainText('Not offered in a workbook for two');
  expect(mend.services.vault.partners().forTwo).toBe(true);

  // What Sam wrote before stays in Sam's private space.
  await switchTo(app, ALEX);
  const timeline = new TimelinePage(app);
  await timeline.open();
  await timeline.expectNotListed(SAM_PRIVATE);
  await switchTo(app, SAM);
  await expect(timeline.entry(SAM_PRIVATE)).toBeVisible();
});
