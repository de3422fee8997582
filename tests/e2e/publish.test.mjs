// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Publishing and the banner in a real browser: the typical template published with the
// charte executable, exported after each publication and served on loopback. A visitor
// who accepted is asked again after a publication that bumped the revision (a new
// cookie that needs consent), and not after one that did not (wording only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launchBrowser, runCharte } from './harness.mjs';

let tmp, file, server, browser;
const stages = {};

async function edit(mutate) {
  const doc = JSON.parse(await readFile(file, 'utf8'));
  mutate(doc);
  await writeFile(file, JSON.stringify(doc, null, 2));
}

// Publishes the document as it is, then exports the banner of what was published.
async function publishAndExport(name, date) {
  const published = await runCharte(['publish', file, '--date', date, '--publisher', 'e2e']);
  assert.equal(published.code, 0, `charte publish (${name}): ${published.stderr}`);
  const out = join(tmp, name);
  const exported = await runCharte(['export', file, '--format', 'banner', '-o', out]);
  assert.equal(exported.code, 0, `charte export (${name}): ${exported.stderr}`);
  stages[name] = { dir: out, output: published.stdout, revision: JSON.parse(await readFile(file, 'utf8')).meta.revision };
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-publish-'));
  file = join(tmp, 'site.charte.json');
  const created = await runCharte(['new', '--template', 'typical', '-o', file]);
  assert.equal(created.code, 0, created.stderr);
  await publishAndExport('first', '2026-11-02');
  await edit((doc) => { doc.banner.title.fr = 'Vos choix en matière de cookies'; });
  await publishAndExport('wording', '2026-11-20');
  await edit((doc) => {
    const ga = structuredClone(doc.cookies.find((c) => c.category === 'statistics'));
    Object.assign(ga, { name: '_ga', match: undefined, lifetime: 33696000 });
    doc.cookies.push(ga);
  });
  await publishAndExport('newcookie', '2026-12-01');
  const mounts = {};
  for (const [name, stage] of Object.entries(stages)) mounts[`/${name}/`] = stage.dir;
  server = await serve(mounts);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const layer = (page) => page.locator('#charte-consent [role="dialog"]');
const ran = (page) => page.evaluate(() => (window.charteDemo || []).slice().sort());

test('the publications decided as the changes call for', async () => {
  assert.equal(stages.first.revision, 3);
  assert.equal(stages.wording.revision, 3, stages.wording.output);
  assert.match(stages.wording.output, /existing consent stands/);
  assert.equal(stages.newcookie.revision, 4, stages.newcookie.output);
  assert.match(stages.newcookie.output, /visitors will be asked again/);
  const history = await runCharte(['history', file]);
  assert.equal(history.code, 0, history.stderr);
  assert.equal(history.stdout.match(/^\d{4} {2}revision/gm).length, 3);
  const verify = await runCharte(['archive', 'verify', file]);
  assert.equal(verify.code, 0, verify.stderr);
});

test('the banner asks again after a publication that bumped the revision, not after one that did not', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.goto(`${server.url}/first/demo.html`);
  await layer(page).waitFor();
  await page.locator('#charte-consent [data-charte-action="accept-all"]').click();
  await page.waitForFunction(() => (window.charteDemo || []).length === 4);

  // Wording only: the revision stayed, the choice stands, the scripts run.
  await page.goto(`${server.url}/wording/demo.html`);
  await page.waitForFunction(() => (window.charteDemo || []).length === 4);
  assert.equal(await layer(page).count(), 0, 'a wording change must not ask again');

  // A new cookie that needs consent: revision 4, asked again, nothing runs meanwhile.
  await page.goto(`${server.url}/newcookie/demo.html`);
  await layer(page).waitFor();
  await page.waitForTimeout(200);
  assert.deepEqual(await ran(page), [], 'a choice for an older revision must not run scripts');
  await page.locator('#charte-consent [data-charte-action="accept-all"]').click();
  const cookie = (await context.cookies()).find((c) => c.name === 'cookies_preferences');
  assert.equal(JSON.parse(decodeURIComponent(cookie.value)).revision, 4);
  await context.close();
});
