// docs/CONTENT.md is generated from the catalog; the copy on disk must be current.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContentMarkdown } from '../../../shared/content/content-markdown.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import { apologyFiguresMarkdown } from '../../tools/apology-figures.ts';

const DOC = resolve(import.meta.dirname, '../../../docs/CONTENT.md');

describe('docs/CONTENT.md', () => {
  it('is up to date with the catalog', () => {
    const onDisk = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '(missing)';
    expect(onDisk, 'docs/CONTENT.md is out of date: run `npm run content` to regenerate it').toBe(`${renderContentMarkdown()}\n${apologyFiguresMarkdown()}`);
  });

  it('renders the same text every time, ending with one newline', () => {
    const text = renderContentMarkdown();
    expect(renderContentMarkdown()).toBe(text);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(text.startsWith('# Mend — exercise content\n')).toBe(true);
  });

  it('has a section for every exercise, in catalog order', () => {
    const headings = renderContentMarkdown().split('\n').filter((line) => /^## \d+\. /.test(line));
    expect(headings).toEqual(CATALOG.map((e) => `## ${e.number}. ${e.title}`));
  });
});
