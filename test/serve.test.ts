// serveFolders: several folders under URL prefixes on 127.0.0.1, never a file outside them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolders, type StaticServer } from '../src/serve.js';

describe('serveFolders', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ia-serve-'));
    const files: [string, string][] = [['site/index.html', 'site home'], ['site/assets/a.css', 'from the site'], ['pkg/a.css', 'from the package'], ['secret.txt', 'secret']];
    for (const [path, text] of files) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    server = await serveFolders({ '/': join(dir, 'site'), '/assets/': join(dir, 'pkg') });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async (path: string) => {
    const r = await fetch(`${server.url}${path}`);
    return { status: r.status, text: await r.text(), type: r.headers.get('content-type') };
  };

  it('serves each folder under its prefix; the longest prefix wins', async () => {
    expect(await get('/')).toMatchObject({ status: 200, text: 'site home' });
    expect(await get('/assets/a.css')).toMatchObject({ status: 200, text: 'from the package', type: 'text/css; charset=utf-8' });
  });

  it('never serves a file outside the folders', async () => {
    // An encoded slash survives URL parsing and decodes to ../ inside the folder's path.
    expect(await get('/assets/..%2f..%2fsecret.txt')).toMatchObject({ status: 403, text: 'Forbidden' });
    expect(await get('/..%2fsecret.txt')).toMatchObject({ status: 403, text: 'Forbidden' });
    expect((await get('/assets/missing.css')).status).toBe(404);
  });
});
