// @vitest-environment jsdom
// The generic exercise engine at component level: every exercise of the catalog
// renders from its data and saves an entry through the real services (real
// SQLite, real crypto, the real IPC router behind window.mend). An exercise
// that exists only in this test renders too: adding an exercise is adding data.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../../main/services/app-services.ts';
import { testPorts } from '../../support/test-ports.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import { createMendApi } from '../../../shared/contract/client.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import type { ExerciseDef, FieldDef } from '../../../shared/exercises/types.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { EntryForm } from '../../../renderer/src/exercise/EntryForm.tsx';
import { Worksheet } from '../../../renderer/src/print/Worksheet.tsx';
import { loadApologyChecker } from '../../../renderer/src/exercise/fields/apology-checker-loader.ts';

const DAY = '2026-11-21';
let dir: string;
let services: AppServices;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mend-engine-'));
  services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts() });
  const sender = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
  // structuredClone stands in for IPC's copy across the process boundary.
  window.mend = createMendApi((channel, request) => services.route(channel, structuredClone(request), sender), () => () => undefined);
  await services.vault.create('engine test passphrase');
  // The letter fields load the apology checker; its first import here (vite-node transforming
  // compromise's modules) is this environment's cost, not the form's, so it is paid up front.
  await loadApologyChecker();
});
afterAll(() => {
  services.vault.lock();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(cleanup);

/** Gives the first field of the first step an answer, whatever kind of field it is. */
function answerFirstField(exercise: ExerciseDef): { field: FieldDef; expected: unknown } {
  const field = exercise.steps[0]!.fields[0]!;
  switch (field.type) {
    case 'short-text':
    case 'long-text': {
      const text = `A first answer for ${exercise.id}`;
      // The first match: a check-in repeats its labels in each partner's section.
      fireEvent.change(screen.getAllByLabelText(new RegExp(`^${escape(field.label)}`))[0]!, { target: { value: text } });
      return { field, expected: text };
    }
    case 'scale':
      fireEvent.click(screen.getAllByRole('group', { name: new RegExp(escape(field.label)) })[0]!.querySelector('input[value="7"]')!);
      return { field, expected: '7' };
    case 'choice': {
      const option = field.options![0]!;
      fireEvent.click(within(screen.getAllByRole('group', { name: new RegExp(escape(field.label)) })[0]!).getByLabelText(option.label));
      return { field, expected: option.value };
    }
    case 'list': {
      fireEvent.click(screen.getByRole('button', { name: `Add a ${field.itemName ?? 'row'}` }));
      const item = field.itemFields!.find((i) => i.type !== 'choice')!;
      fireEvent.change(screen.getByLabelText(`${item.label}, ${field.itemName ?? 'row'} 1`), { target: { value: 'First row' } });
      return { field, expected: [expect.objectContaining({ [item.id]: 'First row' })] };
    }
    case 'signature':
      throw new Error('a signature is never the first field');
  }
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every exercise of the catalog', () => {
  it.each(CATALOG.map((e) => [e.number, e.id, e] as const))('#%i %s renders its fields and saves through the real services', async (_n, id, exercise) => {
    const saved: string[] = [];
    render(<EntryForm exercise={exercise} entry={null} day={DAY} idPrefix="t" onSaved={(e) => saved.push(e.id)} />);
    for (const field of exercise.steps[0]!.fields) {
      expect(screen.getAllByText(field.label).length).toBeGreaterThan(0);
    }
    const { field, expected } = answerFirstField(exercise);
    await waitFor(() => expect(saved.length).toBeGreaterThan(0), { timeout: 15_000 });
    const stored = services.vault.journal().get(saved[0]!);
    expect(stored.exerciseId).toBe(id);
    expect(stored.answers[field.id]).toEqual(expected);
    expect(screen.getByRole('status').textContent).toMatch(/^Saved at/);
  });
});

describe('the kinds with structured answers', () => {
  it('an agreement keeps its list rows and each partner’s confirmation with the date', async () => {
    const agreement = CATALOG.find((e) => e.kind === 'agreement')!;
    const saved: string[] = [];
    render(<EntryForm exercise={agreement} entry={null} day={DAY} idPrefix="t" onSaved={(e) => saved.push(e.id)} />);
    answerFirstField(agreement);
    const signatures = agreement.steps.flatMap((s) => s.fields).filter((f) => f.type === 'signature');
    expect(signatures.length).toBe(2);
    const first = signatures[0]!;
    fireEvent.change(screen.getByLabelText(`${first.label}: your name`), { target: { value: 'Sam' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'I agree, confirm' })[0]!);
    expect(screen.getByText(/Confirmed by/).textContent).toContain('Sam');
    await waitFor(() => expect(services.vault.journal().get(saved.at(-1) ?? '').answers[first.id]).toMatchObject({ name: 'Sam' }), { timeout: 15_000 });
    const signature = services.vault.journal().get(saved.at(-1)!).answers[first.id] as { date: string };
    expect(signature.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a needed answer emptied after typing gets a gentle message next to it, and the draft still saves', async () => {
    const exercise = CATALOG.find((e) => e.id === 'owning-it')!;
    render(<EntryForm exercise={exercise} entry={null} day={DAY} idPrefix="t" />);
    const field = screen.getByLabelText(/^What I did/);
    fireEvent.change(field, { target: { value: 'Something' } });
    fireEvent.blur(field);
    fireEvent.change(field, { target: { value: '' } });
    await waitFor(() => expect(screen.getByText(/needed to finish this step/)).toBeTruthy());
    expect(field.getAttribute('aria-describedby')).toContain('-error');
  });
});

describe('adding an exercise is adding data', () => {
  // Exists only here: no screen, component or schema was written for it.
  const gratitude: ExerciseDef = {
    id: 'three-good-things',
    number: 18,
    title: 'Three good things this week',
    summary: 'Notice what went well.',
    whyItHelps: 'Small gains are easy to miss.',
    audience: ['R', 'H', 'T'],
    kind: 'reflection',
    cadence: 'weekly',
    advice: ['S2.8'],
    steps: [
      {
        id: 'notice',
        title: 'Noticing',
        fields: [
          { id: 'things', label: 'Good things', type: 'list', itemName: 'thing', maxItems: 3, itemFields: [{ id: 'thing', label: 'What went well', type: 'short-text' }], printLines: 3 },
          { id: 'hope', label: 'Hope this week', type: 'scale', scaleLabels: { low: 'none', high: 'plenty' } },
        ],
      },
    ],
  };

  it('renders in the editor, validates with its own schema, and prints', () => {
    render(<EntryForm exercise={gratitude} entry={null} day={DAY} idPrefix="g" />);
    expect(screen.getByRole('group', { name: /Good things/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '10, plenty' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a thing' }));
    expect(screen.getByLabelText('What went well, thing 1')).toBeTruthy();

    const schema = exerciseDraftSchema(gratitude);
    expect(schema.safeParse({ things: [{ thing: 'A walk together' }], hope: '6' }).success).toBe(true);
    expect(schema.safeParse({ hope: '11' }).success).toBe(false);
    expect(schema.safeParse({ things: [{}, {}, {}, {}] }).success).toBe(false);

    cleanup();
    const { container } = render(
      <Worksheet
        exercise={gratitude}
        entry={{ id: '00000000-0000-4000-8000-000000000001', exerciseId: gratitude.id, day: '2026-11-16', answers: { things: [{ thing: 'A walk together' }], hope: '6' }, visibility: 'private', createdAt: `${DAY}T10:00:00.000Z`, updatedAt: `${DAY}T10:00:00.000Z` }}
      />,
    );
    expect(container.textContent).toContain('Three good things this week');
    expect(container.textContent).toContain('A walk together');
    expect(container.querySelector('.ws-scale__value.is-chosen')?.textContent).toBe('6');
  });
});
