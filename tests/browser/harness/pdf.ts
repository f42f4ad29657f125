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

export interface PdfWordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box, from `pdftotext -bbox` (points, origin top left). */
export function pdfWordBoxes(path: string): PdfWordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const boxes: PdfWordBox[] = [];
  let page = 0;
  let size = { width: 0, height: 0 };
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page += 1;
      size = { width: Number(p[1]), height: Number(p[2]) };
      continue;
    }
    const w = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
    if (w) boxes.push({ page, word: w[5]!, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), pageWidth: size.width, pageHeight: size.height });
  }
  return boxes;
}
