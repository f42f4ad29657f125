// The mend:// scheme that serves the built UI (out/renderer) to Mend's windows.
// A privileged standard scheme gives the UI a real origin (mend://app) without a
// local web server or file:// (whose pages may read any file). Only host `app`
// is served, only files inside the renderer folder, each with Mend's CSP.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';
import { contentTypeFor, resolveUiFile } from './services/ui-files.ts';

const SCHEME = 'mend';
const HOST = 'app';
export const APP_ORIGIN = `${SCHEME}://${HOST}`;

/** The built renderer, next to the built main file (out/main -> out/renderer). */
const RENDERER_DIR = resolve(join(import.meta.dirname, '../renderer'));

/** The UI's URL; `hash` is a route such as "#/print/worksheet/owning-it". */
export function appUrl(hash = ''): string {
  return `${APP_ORIGIN}/index.html${hash}`;
}

/** Must run before app 'ready': privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function respond(status: number, body: Uint8Array<ArrayBuffer> | string | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Maps a request URL to a file inside RENDERER_DIR, or null if it must not be served. */
function fileFor(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${SCHEME}:` || url.host !== HOST || url.username || url.password) return null;
  return resolveUiFile(RENDERER_DIR, url.pathname);
}

async function serve(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
  const file = fileFor(request.url);
  if (!file) return respond(404, 'Not found');
  try {
    const body = await readFile(file);
    return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(file));
  } catch {
    // Missing files and folders alike: nothing about the disk is told to the page.
    return respond(404, 'Not found');
  }
}

/** Call once the app is ready. */
export function handleAppProtocol(): void {
  protocol.handle(SCHEME, serve);
}
