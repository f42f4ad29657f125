// Which frames may call main: only the top-level frame of our own app origin.
// Checked with a URL parser on every call, never by substring.

export interface SenderInfo {
  /** webContents id, to tell windows apart (e.g. a print window signalling ready). */
  id: number;
  /** URL of the frame that sent the request. */
  url: string;
  isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

/**
 * Accepts the main frame of `trustedOrigin` (e.g. "mend://app" in Electron,
 * "http://127.0.0.1:PORT" under the browser harness). Protocol and host are
 * compared, not `URL.origin`: every custom scheme has the opaque origin "null",
 * so comparing origins would accept any custom scheme at all.
 */
export function sameOriginMainFrame(trustedOrigin: string): SenderPolicy {
  const trusted = new URL(trustedOrigin);
  return (sender) => {
    if (sender.isMainFrame !== true || typeof sender.url !== 'string') return false;
    let url: URL;
    try {
      url = new URL(sender.url);
    } catch {
      return false;
    }
    return url.protocol === trusted.protocol && url.host === trusted.host && url.username === '' && url.password === '';
  };
}
