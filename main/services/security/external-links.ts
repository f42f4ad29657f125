// Which links Mend may hand to the system browser: a short allowlist of help
// pages (for the safety screen), https only, matched on the whole parsed URL.
// Everything else a page tries to open is refused.

/**
 * Help lines and services people in an unsafe relationship may need: exact URLs
 * as the URL parser writes them. Whole URLs, not hosts: a query string or a
 * fragment on an allowed host would carry text of the page's choosing into the
 * system browser's history and the help site's logs.
 */
const HELP_URLS: ReadonlySet<string> = new Set([
  'https://www.thehotline.org/', // US National Domestic Violence Hotline
  'https://www.nationaldahelpline.org.uk/', // UK National Domestic Abuse Helpline
  'https://www.refuge.org.uk/', // Refuge (UK)
  'https://www.samhsa.gov/find-help/national-helpline', // US Substance Abuse and Mental Health Services Administration
  'https://988lifeline.org/', // US 988 Suicide & Crisis Lifeline
]);

/**
 * The URL to open in the system browser, normalised by the URL parser, or null
 * if it must not be opened. Only https on the default port, with no user name
 * or password, no query and no fragment, equal to one of the URLs above: no substring or prefix checks,
 * so "www.thehotline.org.evil.com", "evil.com/?https://www.thehotline.org" and
 * "www.thehotline.org@evil.com" all fail. The parser lower-cases the host, so
 * "WWW.TheHotline.ORG" passes; a look-alike (an "I" for an "l", or an IDN that
 * the parser turns into "xn--…") does not.
 */
export function allowedExternalUrl(url: string): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  // The parser empties the port when it is https's default (443), so any port left is a different one.
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.search !== '' || parsed.hash !== '' || !HELP_URLS.has(parsed.href)) return null;
  return parsed.href;
}

export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null;
}
