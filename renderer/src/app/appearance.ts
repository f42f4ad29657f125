// Applies the chosen theme and text size to the document: <html data-theme>
// ("system" follows the OS through prefers-color-scheme) and a root font size
// every size in the stylesheet is relative to. Read before unlock, so the lock
// screen already looks the way the user chose.
import type { Appearance } from '../../../shared/contract/channels.ts';
import { call, mend } from '../api.ts';

const TEXT_SCALE: Record<Appearance['textSize'], string> = { normal: '100%', large: '115%', larger: '130%' };

export function applyAppearance({ theme, textSize }: Appearance): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.setProperty('--text-scale', TEXT_SCALE[textSize]);
}

export async function loadAppearance(): Promise<void> {
  try {
    applyAppearance((await call(mend().settings.get({}))).appearance);
  } catch {
    // The defaults (system theme, normal text) stay.
  }
}
