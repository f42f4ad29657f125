// The renderer's start in Debian's Chromium: from navigation to the lock
// screen ("Welcome back") painted, with the built UI, the built preload's
// window.mend and the real services behind it (the browser harness). The
// moment is taken in the page: when the heading enters the DOM, the next
// animation frame is awaited and then one task, which runs after that frame's
// paint. Reference: an empty page with the same heading, from the same server.
// Also: the JavaScript the page requested before the lock screen was painted, gzipped, against
// React + react-dom alone built the same way (Vite, minified).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser/harness/chromium.ts';
import { startMendHarness } from '../browser/harness/mend-harness.ts';
import { startUiServer } from '../browser/harness/ui-server.ts';
import { median, percentile, round } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { RENDERER_DIR, STARTUP_JS_BUDGET_KB, gzipSize, startupScripts, totalGzipKB } from './startup-js.ts';

export const RENDERER_START_TARGET_MS = 400;
const ROOT = resolve(import.meta.dirname, '../..');
const HEADING = 'Welcome back';

/** Installed before any page script: records when the heading is first painted. */
const PAINT_MARKER = `(() => {
  let seen = false;
  const mark = () => {
    if (window.__benchRootFilled === undefined && document.getElementById('root')?.firstChild) window.__benchRootFilled = performance.now();
    if (seen) return;
    const heading = [...document.querySelectorAll('h1')].find((h) => h.textContent.trim() === ${JSON.stringify(HEADING)});
    if (!heading) return;
    seen = true;
    const inDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__benchPainted = { inDom, painted: performance.now() }; };
      channel.port2.postMessage(0);
    });
  };
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', mark);
})();`;

interface PageStart {
  painted: number;
  /** When the heading entered the DOM (the paint follows). */
  inDom: number;
  /** When the last script finished downloading, DOMContentLoaded ended (the module ran), and React first put something in #root. */
  scriptsLoaded: number;
  domContentLoaded: number;
  rootFilled: number;
  longTaskMs: number;
  fcp: number;
  scripts: string[];
}

async function openAndTime(context: BrowserContext, url: string): Promise<PageStart> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const mark = (await (await page.waitForFunction(() => (window as unknown as { __benchPainted?: unknown }).__benchPainted, null, { timeout: 15_000 })).jsonValue()) as { painted: number; inDom: number };
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate((painted) => {
      // The scripts asked for before the lock screen was painted: the start. (The workbook's
      // screens are fetched after it, while the user types the passphrase.)
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.js') && r.startTime <= painted);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        scripts: js.map((r) => r.name),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        scriptsLoaded: Math.max(0, ...js.map((r) => r.responseEnd)),
        domContentLoaded: nav?.domContentLoadedEventEnd ?? -1,
        rootFilled: (window as unknown as { __benchRootFilled?: number }).__benchRootFilled ?? -1,
        longTasks: (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [],
      };
    }, mark.painted);
    // Main-thread tasks over 50 ms (parsing, running the bundle, React rendering) before the paint.
    const longTaskMs = timing.longTasks.filter(([start]) => start < mark.painted).reduce((sum, [, d]) => sum + d, 0);
    return { painted: mark.painted, inDom: mark.inDom, ...timing, longTaskMs };
  } finally {
    await page.close();
  }
}

/** React + react-dom/client alone, bundled and minified by Vite in production mode: gzip KB. */
export async function reactAloneGzipKB(): Promise<number> {
  const { build } = await import('vite');
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  // Inside node_modules, so `react` resolves to the project's own copy.
  const work = mkdtempSync(join(cache, 'mend-bench-react-'));
  try {
    writeFileSync(join(work, 'entry.js'), "import * as React from 'react';\nimport { createRoot } from 'react-dom/client';\nglobalThis.__benchKeep = [React, createRoot];\n");
    await build({
      configFile: false,
      root: work,
      logLevel: 'silent',
      mode: 'production',
      build: { outDir: join(work, 'dist'), emptyOutDir: true, minify: true, write: true, rollupOptions: { input: join(work, 'entry.js') } },
    });
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.js')) files.push(join(dir, e.name));
      }
    };
    walk(join(work, 'dist'));
    if (!files.length) throw new Error('the React-only build produced no JavaScript');
    return files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) / 1024;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchRenderer(samples: number): Promise<{ rows: BenchRow[]; chromium: string }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'mend-bench-renderer-'));
  const emptyDir = join(dir, 'empty');
  mkdirSync(emptyDir);
  writeFileSync(join(emptyDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>empty</title></head><body><h1>${HEADING}</h1></body></html>`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const version = `Chromium ${browser.version()}`;
  const mend = await startMendHarness({ browser, dataDir: join(dir, 'data') });
  const empty = await startUiServer(emptyDir);
  const emptyContext = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    await mend.services.vault.create('benchmark passphrase');
    mend.services.vault.lock();
    await mend.context.addInitScript({ content: PAINT_MARKER });
    await emptyContext.addInitScript({ content: PAINT_MARKER });
    const appUrl = `${mend.origin}/index.html`;
    const emptyUrl = `${empty.origin}/index.html`;

    // One of each to warm Chromium's process and disk caches, not counted.
    const first = await openAndTime(mend.context, appUrl);
    await openAndTime(emptyContext, emptyUrl);
    const app: PageStart[] = [];
    const blank: PageStart[] = [];
    for (let i = 0; i < samples; i++) {
      app.push(await openAndTime(mend.context, appUrl));
      blank.push(await openAndTime(emptyContext, emptyUrl));
    }

    // What one IPC round trip costs here (Playwright's binding, not Electron's IPC): the app's
    // first render waits for app:status, which the preload asks as soon as it runs.
    const probe = await mend.context.newPage();
    await probe.goto(appUrl);
    await probe.waitForFunction(() => (window as unknown as { __benchPainted?: unknown }).__benchPainted);
    const ipcTimes = await probe.evaluate(async () => {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        await window.mend.app.status({});
        times.push(performance.now() - t);
      }
      return times;
    });
    await probe.close();

    // The JavaScript the pages asked for before the lock screen was painted, sized from the build it was served from.
    const requested = [...new Set([...first.scripts, ...app.flatMap((s) => s.scripts)])]
      .filter((u) => u.startsWith(mend.origin))
      .map((u) => new URL(u).pathname.replace(/^\//, ''));
    const requestedKB = requested.reduce((sum, f) => sum + gzipSize(readFileSync(join(RENDERER_DIR, f))), 0) / 1024;
    const rawKB = requested.reduce((sum, f) => sum + readFileSync(join(RENDERER_DIR, f)).length, 0) / 1024;
    const staticKB = totalGzipKB(startupScripts());
    const reactKB = await reactAloneGzipKB();

    const painted = app.map((s) => s.painted);
    const paintedEmpty = blank.map((s) => s.painted);
    return {
      chromium: version,
      rows: [
        {
          name: 'renderer start: navigation to lock screen painted (median)',
          value: round(median(painted)),
          unit: 'ms',
          target: RENDERER_START_TARGET_MS,
          pass: median(painted) <= RENDERER_START_TARGET_MS,
          reference: { name: 'an empty page from the same server, median', value: round(median(paintedEmpty)) },
          detail: {
            p95: round(percentile(painted, 95)),
            samples: painted.length,
            scriptsDownloaded: round(median(app.map((s) => s.scriptsLoaded))),
            domContentLoaded: round(median(app.map((s) => s.domContentLoaded))),
            firstReactRender: round(median(app.map((s) => s.rootFilled))),
            headingInDom: round(median(app.map((s) => s.inDom))),
            firstContentfulPaint: round(median(app.map((s) => s.fcp))),
            longTasksBeforePaint: round(median(app.map((s) => s.longTaskMs))),
            harnessIpcRoundTrip: round(median(ipcTimes)),
          },
        },
        {
          name: 'renderer JavaScript loaded at start (gzip)',
          value: round(requestedKB),
          unit: 'KB',
          target: STARTUP_JS_BUDGET_KB,
          pass: requestedKB <= STARTUP_JS_BUDGET_KB,
          reference: { name: 'React + react-dom alone (Vite, minified, gzip)', value: round(reactKB) },
          detail: { files: requested.length, uncompressedKB: round(rawKB), fromIndexHtmlStaticImportsKB: round(staticKB) },
        },
      ],
    };
  } finally {
    await emptyContext.close();
    await empty.close();
    await mend.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
