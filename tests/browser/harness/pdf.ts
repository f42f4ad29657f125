// Reads a printed PDF back as text (poppler's pdftotext) and counts its pages.
import { execFileSync } from 'node:child_process';

export function pdfText(path: string): string {
  // Plain reading order (no -layout), with whitespace folded so phrases match across line breaks.
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
