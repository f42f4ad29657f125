// What Mend's windows may load. Everything the UI needs comes from mend://app
// (plus data: images the CSP allows); a request anywhere else means a page is
// trying to reach out, so the session cancels it before it leaves
// (web-security.ts wires this to webRequest.onBeforeRequest). The CSP says the
// same in the page; this is the second, independent line in main.

const ALWAYS: ReadonlySet<string> = new Set(['mend:', 'data:', 'blob:']);
/** The developer tools' own pages, in an unpackaged build only (packaged builds have no devtools). */
const DEVELOPMENT_ONLY: ReadonlySet<string> = new Set(['devtools:']);

export function isAllowedRequest(url: string, isPackaged: boolean): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return ALWAYS.has(protocol) || (!isPackaged && DEVELOPMENT_ONLY.has(protocol));
}
