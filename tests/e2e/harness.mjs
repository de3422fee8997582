// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Shared pieces of the real-browser tests: a loopback static file server that the
// test starts and stops itself, Debian's Chromium launched headless through
// playwright-core, and the `charte` executable under test.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHARTE_CHROMIUM || '/usr/bin/chromium';
export const CHARTE = process.env.CHARTE_EXECUTABLE || resolve(import.meta.dirname, '../../build/charte');
export const NODE_MODULES = resolve(import.meta.dirname, 'node_modules');

// The flags a headless Chromium needs here: no sandbox (root in CI), no GPU, and no
// background traffic to hosts this machine cannot reach.
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

// Serves `mounts` ({'/prefix': '/abs/dir'}) on 127.0.0.1 at a free port, and any
// extra routes ({'/path': {body, type, headers}}). Returns {url, close, requests}.
export async function serve(mounts, routes = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      res.writeHead(route.status || 200, { 'content-type': route.type || TYPES[extname(path)] || 'text/plain', ...(route.headers || {}) });
      res.end(route.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(dir);
      const file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) break; // no escaping the mount
      try {
        const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
        const body = await readFile(target);
        res.writeHead(200, { 'content-type': TYPES[extname(target)] || 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch { /* fall through to 404 */ }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// Launches headless Chromium. In CI a missing browser is a failure, never a skip.
export async function launchBrowser() {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: scripts/test.sh installs Debian's chromium package`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

const execFileAsync = promisify(execFile);

// Runs the charte executable; resolves {code, stdout, stderr} without throwing.
export async function runCharte(args, options = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(CHARTE, args, { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

// Parses the cookies of a Playwright context into {name: value}.
export async function cookieJar(context) {
  return Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
}

// The banner's size as docs/banner.md states it. bench-banner.mjs prints this line
// and the bundle test checks that the documentation carries the current one.
export function bundleSizeLine(gzippedBytes) {
  const kb = (gzippedBytes / 1024).toFixed(1);
  return `Size (gzip -9, JS + CSS): **${kb} KB** (${gzippedBytes.toLocaleString('en-US')} bytes) for the \`typical\` template with`;
}
