// The allowlist of help links Mend may open in the system browser: exact https
// URLs once parsed, and every misleading variant refused, including an allowed
// page with a query or fragment (which would carry text into browser history).
import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, isAllowedExternalUrl } from '../../../main/services/security/external-links.ts';

const ALLOWED = [
  'https://www.thehotline.org',
  'https://www.thehotline.org/',
  'https://www.nationaldahelpline.org.uk/',
  'https://www.samhsa.gov/find-help/national-helpline',
  'https://www.refuge.org.uk/',
  'https://988lifeline.org/',
  // The default port, written out, is the same URL.
  'https://www.thehotline.org:443/',
  // Upper case is the same host once parsed.
  'https://WWW.THEHOTLINE.ORG/',
  'HTTPS://www.TheHotline.org',
  'https://988LIFELINE.ORG',
  // IDNA maps a full-width dot to "."; the normalised URL that is opened names the real host.
  'https://www.thehotline\uFF0Eorg/',
];

const REFUSED: [string, string][] = [
  ['a query string on an allowed page', 'https://www.thehotline.org/?q=my%20partner%20reads%20my%20journal'],
  ['an empty query on an allowed page', 'https://www.thehotline.org/?'],
  ['a fragment on an allowed page', 'https://www.thehotline.org/#what-i-wrote'],
  ['another page on an allowed host', 'https://www.thehotline.org/get-help/'],
  ['another page on an allowed host, 988', 'https://988lifeline.org/chat/'],
  ['a longer host ending elsewhere', 'https://www.thehotline.org.evil.com/'],
  ['the allowed URL in the query', 'https://evil.com/?https://www.thehotline.org'],
  ['the allowed URL in the path', 'https://evil.com/https://www.thehotline.org/'],
  ['the allowed URL in the fragment', 'https://evil.com/#https://www.thehotline.org'],
  ['the allowed host as a user name', 'https://www.thehotline.org@evil.com/'],
  ['the allowed host as user and password', 'https://www.thehotline.org:pw@evil.com/'],
  ['credentials in front of an allowed host', 'https://user:pw@www.thehotline.org/'],
  ['a user name in front of an allowed host', 'https://user@www.thehotline.org/'],
  ['a host with the allowed one as a prefix label', 'https://thehotline.org/'],
  ['a sub-domain of an allowed host', 'https://evil.www.thehotline.org/'],
  ['a trailing dot', 'https://www.thehotline.org./'],
  ['plain http', 'http://www.thehotline.org/'],
  ['plain http, 988', 'http://988lifeline.org/'],
  ['http on port 443', 'http://www.thehotline.org:443/'],
  ['another port', 'https://www.thehotline.org:8443/'],
  ['port 80 on https', 'https://www.thehotline.org:80/'],
  ['an upper-case I for an l', 'https://www.thehotIine.org/'],
  ['a digit 1 for an l', 'https://www.thehot1ine.org/'],
  ['a Cyrillic о (IDN look-alike)', 'https://www.thehоtline.org/'],
  ['a Cyrillic а (IDN look-alike)', 'https://www.samhsа.gov/'],
  ['the punycode of a look-alike', 'https://www.xn--thehtline-32h.org/'],
  ['a full-width dot', 'https://www.thehotline\uFF0Eorg.evil.com/'],
  ['javascript:', 'javascript:alert(1)//https://www.thehotline.org/'],
  ['javascript: with the host', 'javascript://www.thehotline.org/%0Aalert(1)'],
  ['file:', 'file:///etc/passwd'],
  ['file: with the host', 'file://www.thehotline.org/etc/passwd'],
  ['data:', 'data:text/html,<a href="https://www.thehotline.org">help</a>'],
  ['blob:', 'blob:https://www.thehotline.org/6f1c3a7e-2b7d-4c1e-9a55-0d8f7f5b2a10'],
  ['mailto:', 'mailto:help@thehotline.org'],
  ['ftp:', 'ftp://www.thehotline.org/'],
  ['wss:', 'wss://www.thehotline.org/'],
  ['Mend’s own origin', 'mend://app/index.html'],
  ['a scheme-relative URL', '//www.thehotline.org/'],
  ['a bare host', 'www.thehotline.org'],
  ['an IP address', 'https://127.0.0.1/'],
  ['an empty string', ''],
  ['not a URL', 'not a url'],
];

describe('isAllowedExternalUrl', () => {
  it.each(ALLOWED)('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each(REFUSED)('refuses %s (%s)', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses a value that is not a string', () => {
    for (const value of [null, undefined, 42, { href: 'https://www.thehotline.org/' }, new URL('https://www.thehotline.org/')]) {
      expect(isAllowedExternalUrl(value as unknown as string)).toBe(false);
    }
  });
});

describe('allowedExternalUrl', () => {
  it('returns the parser’s normalised URL, which is what gets opened', () => {
    expect(allowedExternalUrl('HTTPS://WWW.THEHOTLINE.ORG:443')).toBe('https://www.thehotline.org/');
    expect(allowedExternalUrl('  https://988lifeline.org/\n')).toBe('https://988lifeline.org/');
    expect(allowedExternalUrl('https://www.samhsa.gov/find-help/../find-help/national-helpline')).toBe('https://www.samhsa.gov/find-help/national-helpline');
  });

  it('returns null for anything refused', () => {
    expect(allowedExternalUrl('https://www.thehotline.org.evil.com/')).toBeNull();
  });
});
