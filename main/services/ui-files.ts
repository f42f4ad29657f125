// Which file of the built UI a request path maps to, and its content type.
// Shared by Electron's mend:// protocol and the browser test harness's server,
// so both refuse the same paths (anything that would leave the UI folder).
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file inside `rootDir` for a URL pathname, or null when it must not be served. */
export function resolveUiFile(rootDir: string, urlPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  // Checked after resolving, so "..", encoded slashes and absolute paths cannot leave the folder.
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}
