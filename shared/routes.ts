// Hash routes of the renderer that main needs to know about: the print views it
// opens in a hidden window. Both sides build and read them with these helpers.

export interface WorksheetRoute {
  exerciseId: string;
  /** null for a blank worksheet. */
  entryId: string | null;
}

export function worksheetRoute({ exerciseId, entryId }: WorksheetRoute): string {
  const query = entryId ? `?entry=${encodeURIComponent(entryId)}` : '';
  return `#/print/worksheet/${encodeURIComponent(exerciseId)}${query}`;
}

export function parseWorksheetRoute(hash: string): WorksheetRoute | null {
  const m = /^#\/print\/worksheet\/([^?/]+)(?:\?entry=([^&]+))?$/.exec(hash);
  if (!m || !m[1]) return null;
  return { exerciseId: decodeURIComponent(m[1]), entryId: m[2] ? decodeURIComponent(m[2]) : null };
}

/** Blank worksheets of several exercises in one document. */
export function packetRoute(exerciseIds: readonly string[]): string {
  return `#/print/packet?ids=${exerciseIds.map(encodeURIComponent).join(',')}`;
}

export function parsePacketRoute(hash: string): string[] | null {
  const m = /^#\/print\/packet\?ids=([^&]+)$/.exec(hash);
  return m?.[1] ? m[1].split(',').map(decodeURIComponent) : null;
}

export function parseSummaryRoute(hash: string): string | null {
  const m = /^#\/print\/summary\?job=([0-9a-f-]{36})$/.exec(hash);
  return m?.[1] ?? null;
}

/**
 * A print window waiting for its next job (main keeps one ready, so a print does not wait for a fresh
 * window and the app to load): the page is loaded, draws nothing, and takes a job's route from main.
 */
export const PRINT_STANDBY_ROUTE = '#/print/standby';

/** The routes main may show in a print window: a print view, or standing by. */
export function isPrintRoute(hash: string): boolean {
  return hash === PRINT_STANDBY_ROUTE || parseWorksheetRoute(hash) !== null || parsePacketRoute(hash) !== null || parseSummaryRoute(hash) !== null;
}
