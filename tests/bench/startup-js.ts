// The renderer JavaScript loaded at start, read from the build (out/renderer):
// the module script(s) and modulepreload links of index.html, and every chunk
// they import statically, transitively. Dynamic import() chunks are left out:
// they load when a screen needs them. Sizes are gzip at zlib's default level,
// as Vite reports them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const STARTUP_JS_BUDGET_KB = 300;

export interface StartupScript {
  /** Path relative to the renderer folder, e.g. "assets/index-abc.js". */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length;

const ATTRS = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRS)) out[m[1]!.toLowerCase()] = m[3] ?? m[4] ?? '';
  return out;
}

/** The scripts index.html loads as modules at start: <script type="module" src> and <link rel="modulepreload" href>. */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(tag);
    if (a.src && a.type === 'module') found.push(a.src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag);
    if (a.href && a.rel?.split(/\s+/).includes('modulepreload')) found.push(a.href);
  }
  return found;
}

/**
 * Relative specifiers a chunk imports statically: `import x from "./a.js"`,
 * `import{a as b}from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`.
 * `import("./a.js")` is dynamic and does not match (the parenthesis).
 */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(pattern)) out.push(m[1]!);
  return out;
}

export function startupScripts(rendererDir = RENDERER_DIR): StartupScript[] {
  const indexHtml = join(rendererDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: run \`npm run build\` first (npm test and npm run bench build it).`);
  }
  const seen = new Map<string, StartupScript>();
  const visit = (absolute: string) => {
    const file = absolute.slice(rendererDir.length + 1);
    if (seen.has(file)) return;
    if (!existsSync(absolute)) throw new Error(`${file} is loaded at start but is not in ${rendererDir}: rebuild with \`npm run build\`.`);
    const bytes = readFileSync(absolute);
    seen.set(file, { file, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
    for (const spec of staticImports(bytes.toString('utf8'))) visit(resolve(dirname(absolute), spec));
  };
  const html = readFileSync(indexHtml, 'utf8');
  for (const src of entryScripts(html)) visit(resolve(rendererDir, src.replace(/^\//, './')));
  return [...seen.values()];
}

export const totalGzipKB = (scripts: StartupScript[]) => scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
