// Which links Mend may hand to the system browser: a short allowlist of help
// services (for the safety screen), https only, matched on the parsed URL's
// exact hostname. Everything else a page tries to open is refused.

/** Help lines and services people in an unsafe relationship may need. Exact hostnames, lower case. */
const HELP_HOSTS: ReadonlySet<string> = new Set([
  'www.thehotline.org', // US National Domestic Violence Hotline
  'www.nationaldahelpline.org.uk', // UK National Domestic Abuse Helpline
  'www.refuge.org.uk', // Refuge (UK)
  'www.samhsa.gov', // US Substance Abuse and Mental Health Services Administration
  '988lifeline.org', // US 988 Suicide & Crisis Lifeline
]);

/**
 * The URL to open in the system browser, normalised by the URL parser, or null
 * if it must not be opened. Only https on the default port, with no user name
 * or password, on one of the exact hosts above: no substring or prefix checks,
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
  if (!HELP_HOSTS.has(parsed.hostname)) return null;
  return parsed.href;
}

export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null;
}
