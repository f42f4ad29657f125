// The layer arrows of docs/ARCHITECTURE.md are enforced by ESLint; this proves
// the rule bites: each forbidden import is an error in the folder it is
// forbidden in, and the allowed ones pass.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule', () => {
  it.each([
    ['main/services/vault/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['main/services/x.ts', "import Store from 'electron-store';\nexport const s = Store;"],
    ['main/services/x.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const a = App;"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const u = useState;"],
    ['shared/x.ts', "import { Vault } from '../main/services/vault/vault.ts';\nexport const v = Vault;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ['renderer/src/x.ts', "import { Vault } from '../../main/services/vault/vault.ts';\nexport const v = Vault;"],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const j = join;"],
    ['main/x.ts', "import { App } from '../renderer/src/app/App.tsx';\nexport const a = App;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['main/index.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['main/services/x.ts', "import { randomBytes } from 'node:crypto';\nexport const r = randomBytes;"],
    ['renderer/src/x.ts', "import { CATALOG } from '../../shared/exercises/catalog.ts';\nexport const c = CATALOG;"],
    ['shared/x.ts', "import { z } from './zod.ts';\nexport const zz = z;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
