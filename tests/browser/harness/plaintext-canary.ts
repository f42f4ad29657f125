// The plaintext canary: remembers every piece of answer text the page sent to
// be saved, and later looks for each of them in every file of the data folder
// (workbook, WAL, backups, device key), as UTF-8 and UTF-16. Any hit means
// something was written to disk unencrypted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MIN_LENGTH = 6;

export class PlaintextCanary {
  readonly texts = new Set<string>();

  /** Collects the string leaves of a save request's answers. */
  record(channel: unknown, request: unknown): void {
    if (channel !== 'entries:save' || typeof request !== 'object' || request === null) return;
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (value.trim().length >= MIN_LENGTH) this.texts.add(value.trim());
      } else if (value && typeof value === 'object') {
        Object.values(value).forEach(visit);
      }
    };
    visit((request as { answers?: unknown }).answers);
  }

  /** Files under `dir` containing any recorded text, with the text found. */
  findIn(dir: string): { file: string; text: string }[] {
    const hits: { file: string; text: string }[] = [];
    const needles = [...this.texts].flatMap((text) => [
      { text, bytes: Buffer.from(text, 'utf8') },
      { text, bytes: Buffer.from(text, 'utf16le') },
    ]);
    for (const file of listFiles(dir)) {
      const content = readFileSync(file);
      for (const { text, bytes } of needles) if (content.includes(bytes)) hits.push({ file, text });
    }
    return hits;
  }
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
