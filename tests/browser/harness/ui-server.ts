// Serves the built renderer (out/renderer) on 127.0.0.1 with the same CSP
// header Electron's mend:// protocol sends, so the UI runs under the same policy.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp.ts';
import { contentTypeFor, resolveUiFile } from '../../../main/services/ui-files.ts';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

export interface UiServer {
  origin: string;
  close(): Promise<void>;
}

export async function startUiServer(rootDir = RENDERER_DIR): Promise<UiServer> {
  const server = createServer(async (req, res) => {
    const file = resolveUiFile(rootDir, new URL(req.url ?? '/', 'http://localhost').pathname);
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (!file || req.method !== 'GET') {
      res.writeHead(404, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file) }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
