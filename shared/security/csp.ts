// The Content-Security-Policy of Mend's UI, in one place. Main sends it as a
// header on every mend://app response, and the browser test harness serves the
// same constant, so both run the UI under the same policy. renderer/index.html
// repeats it in a meta tag (minus frame-ancestors, which a meta tag cannot carry).

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";
