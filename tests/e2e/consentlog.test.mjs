// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Proof of consent end to end: the banner exported by charte, in headless Chromium, sends
// each choice to a running `charte consent-log serve` on another origin (CORS); the
// records arrive, `charte consent-log find` returns the visitor's history and `verify`
// says the chain is whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serve, launchBrowser, runCharte, CHARTE } from './harness.mjs';

let tmp, server, browser, service, logPort, store;
const COOKIE = 'cookies_preferences';

async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

// Starts the service and resolves once it says it listens.
function startService(args) {
  return new Promise((ok, fail) => {
    const child = spawn(CHARTE, ['consent-log', 'serve', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let said = '';
    child.stderr.on('data', (chunk) => {
      said += chunk;
      if (said.includes('listening on')) ok(child);
    });
    child.on('exit', (code) => fail(new Error(`consent-log serve exited ${code}: ${said}`)));
  });
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-consentlog-'));
  const policyFile = join(tmp, 'site.charte.json');
  assert.equal((await runCharte(['new', '--template', 'typical', '-o', policyFile])).code, 0);
  logPort = await freePort();
  const doc = JSON.parse(await readFile(policyFile, 'utf8'));
  doc.banner.consentLogUrl = `http://127.0.0.1:${logPort}/consent-log`;
  await writeFile(policyFile, JSON.stringify(doc, null, 2));
  const bundle = join(tmp, 'bundle');
  const exported = await runCharte(['export', policyFile, '--format', 'banner', '-o', bundle]);
  assert.equal(exported.code, 0, exported.stderr);
  server = await serve({ '/site/': bundle });
  store = `sqlite:${join(tmp, 'consent.db')}`;
  service = await startService(['--listen', `127.0.0.1:${logPort}`, '--store', store,
    '--origin', server.url, '--policy', policyFile]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (service) {
    const exited = new Promise((ok) => service.on('exit', ok));
    service.kill('SIGTERM');
    await exited;
  }
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function history(id) {
  const result = await runCharte(['consent-log', 'find', id, '--store', store, '--format', 'json']);
  return result.code === 0 ? JSON.parse(result.stdout) : [];
}

test('the banner\'s choices reach the service and find returns them', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const answers = [];
  page.on('response', (response) => { if (response.url().includes('/consent-log')) answers.push(response.status()); });
  await page.goto(`${server.url}/site/demo.html?newsletter=someone@example.org`);
  await page.locator('#charte-consent [data-charte-action="accept-all"]').click();
  const cookie = () => context.cookies().then((all) => JSON.parse(decodeURIComponent(all.find((c) => c.name === COOKIE).value)));
  const first = await cookie();
  // The visitor changes their mind: the withdrawal is logged under the same id.
  await page.locator('[data-charte-consent="open"]').first().click();
  await page.locator('#charte-consent [data-charte-action="reject-all"]').click();
  const second = await cookie();
  assert.equal(second.id, first.id);

  let records = [];
  for (let i = 0; i < 50 && records.length < 2; i++) {
    records = await history(first.id);
    if (records.length < 2) await new Promise((ok) => setTimeout(ok, 200));
  }
  assert.equal(records.length, 2, 'both choices stored');
  assert.deepEqual(records.map((r) => r.method), ['accept-all', 'reject-all']);
  assert.deepEqual(records[0].categories, { necessary: true, statistics: true, marketing: true });
  assert.deepEqual(records[1].categories, { necessary: true, statistics: false, marketing: false });
  assert.equal(records[1].timestamp, second.timestamp);
  assert.equal(records[0].revision, first.revision);
  // Stored without the query string, with a truncated address and no cookie.
  assert.equal(records[0].page, `${server.url}/site/demo.html`);
  assert.equal(records[0].address, '127.0.0.0/24');
  assert.ok(!JSON.stringify(records).includes('someone@example.org'));
  assert.ok(!JSON.stringify(records).includes(COOKIE));
  assert.equal(records[1].previousHash, records[0].hash);
  // The service answered the browser (beacons show up as responses in Chromium's log).
  assert.ok(answers.every((status) => status === 204), `answers: ${answers}`);

  const verify = await runCharte(['consent-log', 'verify', '--store', store]);
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /2 records intact/);
  const stats = JSON.parse((await runCharte(['consent-log', 'stats', '--store', store, '--format', 'json'])).stdout);
  assert.equal(stats.total.choices, 2);
  assert.equal(stats.total.methods['reject-all'], 1);
  await context.close();
});

test('a page on another origin cannot write into the log', async () => {
  const other = await serve({ '/': tmp });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${other.url}/`).catch(() => {});
  const status = await page.evaluate(async (url) => {
    try {
      const response = await fetch(url, { method: 'POST', body: JSON.stringify({ id: 'x' }), headers: { 'content-type': 'text/plain' } });
      return response.status;
    } catch (error) {
      return 'blocked';
    }
  }, `http://127.0.0.1:${logPort}/consent-log`);
  // The service refuses (403) and sends no CORS header, so the script cannot even read that.
  assert.equal(status, 'blocked');
  await context.close();
  await other.close();
  const count = JSON.parse((await runCharte(['consent-log', 'stats', '--store', store, '--format', 'json'])).stdout).total.choices;
  assert.equal(count, 2);
});
