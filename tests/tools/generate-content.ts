// `npm run content`: writes docs/CONTENT.md from the exercise catalog and the
// advice points. Run with plain node (types are stripped), so erasable syntax only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderContentMarkdown } from '../../shared/content/content-markdown.ts';
import { apologyFiguresMarkdown } from './apology-figures.ts';

const target = resolve(import.meta.dirname, '../../docs/CONTENT.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${renderContentMarkdown()}\n${apologyFiguresMarkdown()}`, 'utf8');
console.log(`wrote ${target}`);
