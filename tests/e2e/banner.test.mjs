// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The exported consent banner in a real browser: the `typical` template written and
// exported by the charte executable, served on loopback, driven in headless Chromium.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, writeFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, launchBrowser, runCharte, NODE_MODULES, bundleSizeLine } from './harness.mjs';

const HOSTILE = [
  '</script><script>window.__pwned=1</script>',
  '"><img src=x onerror=window.__pwned=1>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  "javascript:window.__pwned=1",
  "'><svg onload=window.__pwned=1>",
];
const COOKIE = 'cookies_preferences';
const DAY = 86400;

let tmp, typicalFile, server, browser;
const pdftotext = async (args) => (await promisify(execFile)('pdftotext', args, { maxBuffer: 1 << 24 })).stdout;
const dirs = {};

// Writes the typical template with `mutate` applied to its JSON and exports it as a
// banner bundle (or another format) with the real executable.
async function exportVariant(name, mutate, format = 'banner', output = name) {
  const doc = JSON.parse(await readFile(typicalFile, 'utf8'));
  if (mutate) mutate(doc);
  const file = join(tmp, `${name}.charte.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  const out = join(tmp, output);
  if (format !== 'banner') await mkdir(dirname(out), { recursive: true });
  const result = await runCharte(['export', file, '--format', format, '-o', out]);
  assert.equal(result.code, 0, `charte export ${name}: ${result.stderr}`);
  return out;
}

async function newPage(options = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  page.on('pageerror', (error) => { page.errors = (page.errors || []).concat(String(error)); });
  page.dialogs = dialogs;
  return { context, page };
}

async function consentCookie(context) {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  return cookie ? { cookie, value: JSON.parse(decodeURIComponent(cookie.value)) } : null;
}

const layer = (page) => page.locator('#charte-consent [role="dialog"]');
const action = (page, name) => page.locator(`#charte-consent [data-charte-action="${name}"]`);
const ran = (page) => page.evaluate(() => (window.charteDemo || []).slice().sort());

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-banner-'));
  typicalFile = join(tmp, 'typical.charte.json');
  const created = await runCharte(['new', '--template', 'typical', '-o', typicalFile]);
  assert.equal(created.code, 0, created.stderr);
  dirs.typical = await exportVariant('typical');
  dirs.rev4 = await exportVariant('rev4', (doc) => { doc.meta.revision = 4; });
  dirs.modal = await exportVariant('modal', (doc) => { doc.banner.layout = 'modal'; doc.banner.position = 'center'; });
  dirs.nogcm = await exportVariant('nogcm', (doc) => { doc.banner.googleConsentMode = false; });
  dirs.logged = await exportVariant('logged', (doc) => { doc.banner.consentLogUrl = '/consent-log'; });
  dirs.charter = join(tmp, 'charter');
  await exportVariant('charter', null, 'html', 'charter/index.html');
  const mounts = {};
  for (const [name, dir] of Object.entries(dirs)) mounts[`/${name}/`] = dir;
  mounts['/axe/'] = join(NODE_MODULES, 'axe-core');
  const page = (lang, body = '') => ({ body: `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"><title>t</title>` +
    `<link rel="stylesheet" href="/typical/charte-consent.css"><script src="/typical/charte-consent.js"></script>` +
    `<script>window.seenByTag = JSON.stringify(Array.from(window.dataLayer[0]))</script></head>` +
    `<body><main><h1>t</h1>${body}</main></body></html>`, type: 'text/html; charset=utf-8' });
  server = await serve(mounts, {
    '/lang/en.html': page(' lang="en"'),
    '/lang/none.html': page(''),
    '/lang/de.html': page(' lang="de"'),
    // A site with its own search field whose Escape clears it.
    '/search.html': page(' lang="fr"', '<input id="site-search" type="search" aria-label="Rechercher">' +
      '<script>document.getElementById("site-search").addEventListener("keydown", (e) => { if (e.key === "Escape") ' +
      'setTimeout(() => { window.siteSawEscape = e.defaultPrevented ? "prevented" : "not prevented"; }); });</script>'),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('bundle', () => {
  test('export writes the script, the stylesheet and the demo page, small and escaped', async () => {
    const js = await readFile(join(dirs.typical, 'charte-consent.js'));
    const css = await readFile(join(dirs.typical, 'charte-consent.css'));
    await stat(join(dirs.typical, 'demo.html'));
    const gzipped = gzipSync(Buffer.concat([js, css]), { level: 9 }).length;
    assert.ok(gzipped <= 8192, `JS + CSS gzipped is ${gzipped} bytes`);
    assert.match(js.toString(), /"revision":3,/);
    assert.match(js.toString(), /"cookie":\{"name":"cookies_preferences","days":182\}/);
    assert.match(css.toString(), /--cc-btn:#0b5a3b/);
    // The documented size is the one the benchmark measures today.
    const docs = await readFile(join(import.meta.dirname, '../../docs/banner.md'), 'utf8');
    assert.ok(docs.includes(bundleSizeLine(gzipped)),
      `docs/banner.md states another size; run tests/e2e/bench-banner.mjs and copy its line: ${bundleSizeLine(gzipped)}`);
    const vendor = await stat(join(NODE_MODULES, 'vanilla-cookieconsent/dist/cookieconsent.umd.js'));
    assert.ok(js.length < vendor.size, 'smaller than vanilla-cookieconsent');
  });
});

describe('first layer', () => {
  test('accept, reject and customise are the same kind of control, size and style', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    const looks = await page.evaluate(() => ['accept-all', 'reject-all', 'customize'].map((name) => {
      const b = document.querySelector(`#charte-consent [data-charte-action="${name}"]`);
      const s = getComputedStyle(b), r = b.getBoundingClientRect();
      return { tag: b.tagName, w: Math.round(r.width), h: Math.round(r.height),
        style: [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.padding, s.borderTopWidth, s.borderTopColor, s.borderRadius].join('|') };
    }));
    for (const look of looks) assert.deepEqual(look, looks[0]);
    assert.equal(looks[0].tag, 'BUTTON');
    assert.equal(await page.locator('#charte-consent [data-charte-action="accept-all"]').textContent(), 'Tout accepter');
    assert.equal(await consentCookie(context), null);
    await context.close();
  });

  test('waiting and scrolling record nothing and run nothing', async () => {
    const { context, page } = await newPage();
    const before = server.requests.length;
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1500);
    await page.mouse.wheel(0, -2000);
    assert.equal(await consentCookie(context), null);
    assert.deepEqual(await ran(page), []);
    assert.ok(!server.requests.slice(before).some((p) => p.endsWith('demo-sample.js')), 'data-src fetched before a choice');
    assert.ok(await layer(page).isVisible());
    await context.close();
  });

  for (const how of ['close button', 'Escape']) {
    test(`closing with the ${how} records a refusal, never a consent`, async () => {
      const { context, page } = await newPage();
      await page.goto(`${server.url}/typical/demo.html`);
      await layer(page).waitFor();
      if (how === 'Escape') {
        // A non-modal banner takes Escape only from inside: the visitor tabs into it first.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => !!document.activeElement.closest('#charte-consent')), true, 'the banner is first in the tab order');
        await page.keyboard.press('Escape');
      } else await action(page, 'close').click();
      await layer(page).waitFor({ state: 'detached' });
      const { value } = await consentCookie(context);
      assert.deepEqual(value.categories, { necessary: true, statistics: false, marketing: false });
      assert.equal(value.method, 'close');
      assert.deepEqual(await ran(page), []);
      await context.close();
    });
  }
});

describe('Escape outside the banner', () => {
  test("Escape in the site's own field is the site's: no refusal, not prevented", async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/search.html`);
    await layer(page).waitFor();
    await page.locator('#site-search').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.siteSawEscape !== undefined);
    assert.equal(await page.evaluate(() => window.siteSawEscape), 'not prevented', 'the page handles its own Escape');
    assert.ok(await layer(page).isVisible(), 'the banner stays');
    assert.equal(await consentCookie(context), null, 'no refusal recorded');
    // Once the focus is in the banner, Escape closes it (a refusal).
    await action(page, 'reject-all').focus();
    await page.keyboard.press('Escape');
    await layer(page).waitFor({ state: 'detached' });
    assert.equal((await consentCookie(context)).value.method, 'close');
    await context.close();
  });

  test('a modal banner takes Escape wherever the focus is', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/modal/demo.html`);
    await page.locator('#charte-consent .cc-first[aria-modal="true"]').waitFor();
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press('Escape');
    await layer(page).waitFor({ state: 'detached' });
    assert.equal((await consentCookie(context)).value.method, 'close');
    await context.close();
  });
});

describe('consent cookie and gated scripts', () => {
  test('accept all stores the choice and runs inline and data-src scripts', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'accept-all').click();
    const { cookie, value } = await consentCookie(context);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, false);
    assert.equal(cookie.path, '/');
    assert.ok(Math.abs(cookie.expires - (Date.now() / 1000 + 182 * DAY)) < 120, `expires ${cookie.expires}`);
    assert.equal(value.revision, 3);
    assert.ok(Math.abs(Date.parse(value.timestamp) - Date.now()) < 60000);
    assert.deepEqual(value.categories, { necessary: true, statistics: true, marketing: true });
    await page.waitForFunction(() => (window.charteDemo || []).length === 4);
    assert.deepEqual(await ran(page), ['inline:marketing', 'inline:statistics', 'src:marketing', 'src:statistics']);
    // The next visit applies the stored choice without asking.
    await page.reload();
    await page.waitForFunction(() => (window.charteDemo || []).length === 4);
    assert.equal(await layer(page).count(), 0);
    await context.close();
  });

  test('reject all is stored like a consent and runs nothing', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'reject-all').click();
    const { value } = await consentCookie(context);
    assert.equal(value.revision, 3);
    assert.ok(Date.parse(value.timestamp) > 0);
    assert.deepEqual(value.categories, { necessary: true, statistics: false, marketing: false });
    await page.reload();
    await page.waitForTimeout(300);
    assert.deepEqual(await ran(page), []);
    assert.equal(await layer(page).count(), 0);
    await context.close();
  });

  test('gated scripts added after the page loaded run once, only for accepted categories', async () => {
    const addLate = (page) => page.evaluate(() => {
      // As a single-page site or a tag loader would: inline, data-src, and nested in a fragment.
      for (const category of ['statistics', 'marketing']) {
        const inline = document.createElement('script');
        inline.type = 'text/plain';
        inline.setAttribute('data-category', category);
        inline.text = `(window.late = window.late || []).push('${category}')`;
        document.body.appendChild(inline);
      }
      const box = document.createElement('div');
      box.innerHTML = '<script type="text/plain" data-category="statistics">(window.late = window.late || []).push("nested")<\/script>';
      document.body.appendChild(box);
    });
    const late = (page) => page.evaluate(() => (window.late || []).slice().sort());

    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    // Before any choice nothing runs, and a refusal keeps it so.
    await addLate(page);
    await page.waitForTimeout(200);
    assert.deepEqual(await late(page), []);
    await action(page, 'customize').click();
    await page.locator('#charte-consent input[data-category="statistics"]').check();
    await action(page, 'save').click();
    // Accepting statistics runs what was waiting for it, once.
    await page.waitForFunction(() => (window.late || []).length === 2);
    assert.deepEqual(await late(page), ['nested', 'statistics']);
    // And later additions run as they appear.
    await addLate(page);
    await page.waitForFunction(() => (window.late || []).length === 4);
    await page.waitForTimeout(200);
    assert.deepEqual(await late(page), ['nested', 'nested', 'statistics', 'statistics']);
    assert.deepEqual(page.errors || [], []);
    await context.close();
  });

  test('the consent cookie is Secure on https', async () => {
    const { context, page } = await newPage();
    await context.route('https://www.valbourg.test/**', async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop();
      const body = await readFile(join(dirs.typical, file));
      await route.fulfill({ body, contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' });
    });
    await page.goto('https://www.valbourg.test/demo.html');
    await action(page, 'reject-all').click();
    const { cookie } = await consentCookie(context);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.sameSite, 'Lax');
    await context.close();
  });
});

describe('proof of consent', () => {
  test('each choice goes to the consent log with the id the cookie holds', async () => {
    const { context, page } = await newPage();
    const records = [];
    await context.route('**/consent-log', async (route) => {
      records.push({ method: route.request().method(), body: JSON.parse(route.request().postData()) });
      await route.fulfill({ status: 204 });
    });
    await page.goto(`${server.url}/logged/demo.html?visitor=secret`);
    await action(page, 'accept-all').click();
    await page.waitForFunction(() => (window.charteDemo || []).length === 4);
    const first = (await consentCookie(context)).value;
    assert.match(first.id, /^[0-9a-f]{32}$/);
    // Withdrawal later on is logged under the same id, so it can be tied to the consent.
    await page.locator('[data-charte-consent="open"]').first().click();
    await action(page, 'reject-all').click();
    const second = (await consentCookie(context)).value;
    assert.equal(second.id, first.id);
    for (let i = 0; i < 50 && records.length < 2; i++) await page.waitForTimeout(100);
    assert.equal(records.length, 2);
    assert.equal(records[0].method, 'POST');
    assert.deepEqual(records.map((r) => [r.body.id, r.body.method, r.body.revision]),
      [[first.id, 'accept-all', 3], [first.id, 'reject-all', 3]]);
    assert.deepEqual(records[0].body.categories, { necessary: true, statistics: true, marketing: true });
    assert.deepEqual(records[1].body.categories, { necessary: true, statistics: false, marketing: false });
    assert.equal(records[1].body.timestamp, second.timestamp);
    // The page is named without its query string, which can carry personal data.
    assert.equal(records[0].body.page, `${server.url}/logged/demo.html`);
    await context.close();
  });

  test('without a log address nothing is sent, and a log that fails never blocks the choice', async () => {
    const { context, page } = await newPage();
    const sent = [];
    page.on('request', (request) => { if (request.method() === 'POST') sent.push(request.url()); });
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'accept-all').click();
    await page.waitForFunction(() => (window.charteDemo || []).length === 4);
    await page.waitForTimeout(300);
    assert.deepEqual(sent, []);
    assert.equal((await consentCookie(context)).value.method, 'accept-all');
    // The log answers with an error: the choice is stored and applied all the same.
    const other = await newPage();
    await other.context.route('**/consent-log', (route) => route.fulfill({ status: 500 }));
    await other.page.goto(`${server.url}/logged/demo.html`);
    await action(other.page, 'reject-all').click();
    assert.equal((await consentCookie(other.context)).value.method, 'reject-all');
    assert.equal(await layer(other.page).count(), 0);
    assert.deepEqual(other.page.errors || [], []);
    await other.context.close();
    await context.close();
  });
});

describe('preferences layer', () => {
  test('one switch per category with its description and cookies; required locked on; nothing preselected', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'customize').click();
    const dialog = page.locator('#charte-consent [role="dialog"][aria-modal="true"]');
    await dialog.waitFor();
    const switches = await page.evaluate(() => Array.from(document.querySelectorAll('#charte-consent input[data-category]')).map((s) => ({
      id: s.dataset.category, role: s.getAttribute('role'), checked: s.checked, disabled: s.disabled,
      label: s.labels[0].textContent, description: document.getElementById(s.getAttribute('aria-describedby')).textContent,
    })));
    assert.deepEqual(switches.map((s) => [s.id, s.role, s.checked, s.disabled]), [
      ['necessary', 'switch', true, true], ['statistics', 'switch', false, false], ['marketing', 'switch', false, false]]);
    assert.equal(switches[1].label, "Mesure d'audience");
    assert.match(switches[1].description, /Matomo, hébergé par la commune/);
    const text = await dialog.textContent();
    for (const expected of ['_pk_id.', 'Matomo (hébergé par la commune)', 'Reconnaître un même navigateur', '13 mois',
      'VISITOR_INFO1_LIVE', 'Google Ireland Limited (YouTube)', 'Estimer votre bande passante', '6 mois', 'PHPSESSID'])
      assert.ok(text.includes(expected), `preferences lack "${expected}"`);
    // A family of cookies reads as the charter and the grid write it: "_pk_id.*".
    const names = await dialog.locator('tbody th code').allTextContents();
    for (const shown of ['_pk_id.*', '_pk_ses.*', 'PHPSESSID'])
      assert.ok(names.includes(shown), `the cookie table lacks "${shown}": ${names.join(', ')}`);
    assert.ok(!names.some((name) => name.endsWith('\u2026')), `an ellipsis instead of "*": ${names.join(', ')}`);
    assert.equal(await dialog.locator('a[href="https://policies.google.com/privacy"]').count(), 3);
    await page.locator('#charte-consent input[data-category="statistics"]').check();
    await action(page, 'save').click();
    const { value } = await consentCookie(context);
    assert.deepEqual(value.categories, { necessary: true, statistics: true, marketing: false });
    await page.waitForFunction(() => (window.charteDemo || []).length === 2);
    assert.deepEqual(await ran(page), ['inline:statistics', 'src:statistics']);
    await context.close();
  });

  test('data-charte-consent="open" reopens the preferences with the current choice', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'accept-all').click();
    await page.locator('[data-charte-consent="open"]').first().click();
    await page.locator('#charte-consent .cc-prefs').waitFor();
    assert.equal(await page.locator('#charte-consent input[data-category="marketing"]').isChecked(), true);
    await page.locator('#charte-consent input[data-category="marketing"]').uncheck();
    await action(page, 'save').click();
    assert.deepEqual((await consentCookie(context)).value.categories, { necessary: true, statistics: true, marketing: false });
    await context.close();
  });
});

describe('withdrawal', () => {
  test('a withdrawn category has its cookies deleted on the host, parent domain and declared paths', async () => {
    const { context, page } = await newPage();
    await context.route('http://www.valbourg.test/**', async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop();
      const body = await readFile(join(dirs.typical, file));
      await route.fulfill({ body, contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' });
    });
    await page.goto('http://www.valbourg.test/site/demo.html');
    await action(page, 'accept-all').click();
    const cookie = (name, domain, path = '/') => ({ name, value: '1', domain, path, expires: Date.now() / 1000 + 3600 });
    await context.addCookies([
      cookie('_pk_id.1.abcd', 'www.valbourg.test'), cookie('_pk_id.2.ef', '.valbourg.test'),
      cookie('_pk_ses.1.abcd', 'www.valbourg.test', '/site'), cookie('_pk_ses.3', '.www.valbourg.test', '/site/'),
      cookie('YSC', '.valbourg.test'), cookie('unrelated', 'www.valbourg.test'), cookie('_pk_other', 'www.valbourg.test'),
    ]);
    await page.reload();
    await page.locator('[data-charte-consent="open"]').first().click();
    await page.locator('#charte-consent input[data-category="statistics"]').uncheck();
    await action(page, 'save').click();
    let names = (await context.cookies()).map((c) => c.name).sort();
    assert.deepEqual(names, ['YSC', '_pk_other', COOKIE, 'unrelated'].sort());
    await page.locator('[data-charte-consent="open"]').first().click();
    await action(page, 'reject-all').click();
    names = (await context.cookies()).map((c) => c.name).sort();
    assert.deepEqual(names, ['_pk_other', COOKIE, 'unrelated'].sort());
    await context.close();
  });
});

describe('asking again', () => {
  test('a new revision asks again', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'accept-all').click();
    await page.goto(`${server.url}/typical/demo.html`);
    await page.waitForFunction(() => (window.charteDemo || []).length === 4);
    assert.equal(await layer(page).count(), 0);
    await page.goto(`${server.url}/rev4/demo.html`);
    await layer(page).waitFor();
    await page.waitForTimeout(200);
    assert.deepEqual(await ran(page), [], 'a choice for an older revision must not run scripts');
    await context.close();
  });

  test('a category added without a new revision is asked about; the rest of the choice holds', async () => {
    const { context, page } = await newPage();
    // Stored before "marketing" existed, under the same revision.
    const value = encodeURIComponent(JSON.stringify({ id: '0123456789abcdef0123456789abcdef', revision: 3,
      timestamp: new Date().toISOString(), method: 'custom', categories: { necessary: true, statistics: true } }));
    await context.addCookies([{ name: COOKIE, value, url: server.url }]);
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    await page.waitForFunction(() => (window.charteDemo || []).length === 2);
    assert.deepEqual(await ran(page), ['inline:statistics', 'src:statistics'], 'the known choice still applies');
    await action(page, 'customize').click();
    assert.equal(await page.locator('#charte-consent input[data-category="statistics"]').isChecked(), true);
    assert.equal(await page.locator('#charte-consent input[data-category="marketing"]').isChecked(), false);
    // Closing refuses only what was never asked.
    await action(page, 'close').click();
    await layer(page).waitFor({ state: 'detached' });
    const stored = (await consentCookie(context)).value;
    assert.deepEqual(stored.categories, { necessary: true, statistics: true, marketing: false });
    assert.equal(stored.id, '0123456789abcdef0123456789abcdef', 'the same consent id');
    await page.reload();
    await page.waitForTimeout(300);
    assert.equal(await layer(page).count(), 0, 'asked once');
    await context.close();
  });

  test('a choice older than its lifetime asks again', async () => {
    for (const [ageDays, asks] of [[183, true], [170, false]]) {
      const { context, page } = await newPage();
      const value = encodeURIComponent(JSON.stringify({ revision: 3, timestamp: new Date(Date.now() - ageDays * DAY * 1000).toISOString(),
        categories: { necessary: true, statistics: true, marketing: false } }));
      await context.addCookies([{ name: COOKIE, value, url: server.url }]);
      await page.goto(`${server.url}/typical/demo.html`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      assert.equal(await layer(page).count(), asks ? 1 : 0, `choice ${ageDays} days old`);
      assert.deepEqual(await ran(page), asks ? [] : ['inline:statistics', 'src:statistics']);
      await context.close();
    }
  });
});

describe('Google Consent Mode v2', () => {
  const entries = (page) => page.evaluate(() => (window.dataLayer || []).map((a) => Array.from(a)));
  test('default denied before any tag, updated on every choice', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/lang/none.html`);
    const seen = JSON.parse(await page.evaluate(() => window.seenByTag));
    assert.deepEqual(seen, ['consent', 'default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied',
      security_storage: 'granted', wait_for_update: 500 }]);
    await page.goto(`${server.url}/typical/demo.html`);
    assert.equal((await entries(page)).length, 1);
    await action(page, 'customize').click();
    await page.locator('#charte-consent input[data-category="statistics"]').check();
    await action(page, 'save').click();
    let log = await entries(page);
    assert.deepEqual(log.at(-1), ['consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
      analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' }]);
    await page.locator('[data-charte-consent="open"]').first().click();
    await action(page, 'accept-all').click();
    log = await entries(page);
    assert.deepEqual(log.at(-1), ['consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
      analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' }]);
    await context.close();
  });

  test('a stored choice is pushed once per page load', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await action(page, 'accept-all').click();
    for (const visit of [1, 2]) {
      await page.reload();
      await page.waitForFunction(() => (window.charteDemo || []).length === 4);
      await page.waitForTimeout(100);
      const kinds = (await entries(page)).map((e) => `${e[0]} ${e[1]}`);
      assert.deepEqual(kinds, ['consent default', 'consent update'], `visit ${visit}`);
    }
    await context.close();
  });

  test('nothing is sent when Consent Mode is off', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/nogcm/demo.html`);
    await action(page, 'accept-all').click();
    assert.equal(await page.evaluate(() => typeof window.dataLayer), 'undefined');
    await context.close();
  });
});

describe('Global Privacy Control', () => {
  test('marketing is refused and said so; opt-in stays possible', async () => {
    const { context, page } = await newPage();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    assert.match(await page.locator('#charte-consent .cc-note').textContent(), /Global Privacy Control/);
    await action(page, 'accept-all').click();
    let { value } = await consentCookie(context);
    assert.deepEqual(value.categories, { necessary: true, statistics: true, marketing: false });
    assert.equal(value.gpc, true);
    await page.locator('[data-charte-consent="open"]').first().click();
    await page.locator('#charte-consent input[data-category="marketing"]').check();
    await action(page, 'save').click();
    ({ value } = await consentCookie(context));
    assert.equal(value.categories.marketing, true);
    await context.close();
  });

  test('without the signal there is no note and accept all accepts all', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    assert.equal(await page.locator('#charte-consent .cc-note').count(), 0);
    await context.close();
  });
});

describe('language', () => {
  const cases = [
    ['typical/demo.html', 'en-US', 'Cookies sur le site de Valbourg'], // <html lang="fr"> wins
    ['lang/en.html', 'fr-FR', 'Cookies on the Valbourg website'],
    ['lang/none.html', 'en-GB', 'Cookies on the Valbourg website'], // the browser's
    ['lang/de.html', 'de-DE', 'Cookies sur le site de Valbourg'], // the document default
  ];
  for (const [path, locale, title] of cases) {
    test(`${path} with a ${locale} browser shows "${title}"`, async () => {
      const { context, page } = await newPage({ locale });
      await page.goto(`${server.url}/${path}`);
      assert.equal(await page.locator('#cc-title').textContent(), title);
      await context.close();
    });
  }
});

describe('keyboard and screen readers', () => {
  async function cycle(page, steps, shift) {
    const inside = [];
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      inside.push(await page.evaluate(() => !!document.activeElement.closest('#charte-consent [aria-modal="true"]')));
    }
    return inside;
  }

  test('dialog roles and labels; preferences take, trap and give back the focus', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    const first = layer(page);
    await first.waitFor();
    const labels = await first.evaluate((d) => [document.getElementById(d.getAttribute('aria-labelledby')).textContent,
      document.getElementById(d.getAttribute('aria-describedby')).textContent.slice(0, 20)]);
    assert.deepEqual(labels, ['Cookies sur le site de Valbourg', 'Avec votre accord, n']);
    await action(page, 'reject-all').click();

    const opener = page.locator('[data-charte-consent="open"]').first();
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.locator('#charte-consent .cc-prefs').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-modal')), 'true');
    assert.deepEqual(await cycle(page, 25, false), Array(25).fill(true));
    assert.deepEqual(await cycle(page, 25, true), Array(25).fill(true));
    const outline = await page.evaluate(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; });
    assert.notEqual(outline[0], 'none', 'focus must be visible');
    assert.ok(outline[1] >= 2);
    await page.keyboard.press('Escape');
    await page.locator('#charte-consent .cc-prefs').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-charte-consent')), 'open');
    await context.close();
  });

  test('a modal first layer takes and traps the focus', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/modal/demo.html`);
    await page.locator('#charte-consent .cc-first[aria-modal="true"]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('cc-first')), true);
    assert.deepEqual(await cycle(page, 10, false), Array(10).fill(true));
    assert.deepEqual(await cycle(page, 10, true), Array(10).fill(true));
    assert.equal(await consentCookie(context), null, 'moving the focus records nothing');
    await context.close();
  });
});

describe('API', () => {
  test('get, on change and show', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    assert.equal(await page.evaluate(() => window.CharteConsent.get()), null);
    await page.evaluate(() => { window.changes = []; window.CharteConsent.on('change', (c) => window.changes.push(c)); });
    await action(page, 'accept-all').click();
    const changes = await page.evaluate(() => window.changes);
    assert.equal(changes.length, 1);
    assert.deepEqual(changes[0].categories, { necessary: true, statistics: true, marketing: true });
    assert.deepEqual(await page.evaluate(() => window.CharteConsent.get()), changes[0]);
    await page.evaluate(() => window.CharteConsent.show());
    await page.locator('#charte-consent .cc-prefs').waitFor();
    await action(page, 'reject-all').click();
    assert.equal((await page.evaluate(() => window.changes)).length, 2);
    assert.equal(await page.evaluate(() => window.CharteConsent.get().categories.statistics), false);
    await context.close();
  });
});

describe('nothing to ask', () => {
  test('a document whose cookies are all exempt gets no Accept/Reject banner, only the manage entry point if insisted on', async () => {
    const file = join(tmp, 'exempt.charte.json');
    assert.equal((await runCharte(['new', '--template', 'default', '-o', file])).code, 0);
    const refused = await runCharte(['export', file, '--format', 'banner', '-o', join(tmp, 'exempt')]);
    assert.equal(refused.code, 2, 'refused without --manage-only');
    assert.match(refused.stderr, /would ask Accept\/Reject about nothing.*--manage-only/s);
    const insisted = await runCharte(['export', file, '--format', 'banner', '--manage-only', '-o', join(tmp, 'exempt')]);
    assert.equal(insisted.code, 0, insisted.stderr);
    assert.match(insisted.stderr, /warning: no cookie needs consent: the bundle shows no banner/);
    const exemptServer = await serve({ '/': join(tmp, 'exempt') });
    const { context, page } = await newPage();
    try {
      await page.goto(`${exemptServer.url}/demo.html`);
      await page.waitForTimeout(300);
      assert.equal(await layer(page).count(), 0, 'no first layer');
      await page.locator('[data-charte-consent="open"]').first().click();
      await page.locator('#charte-consent .cc-prefs').waitFor();
      assert.equal(await consentCookie(context), null, 'nothing stored by showing');
    } finally {
      await context.close();
      await exemptServer.close();
    }
  });
});

describe('phones', () => {
  for (const width of [320, 375]) {
    test(`at ${width} px the preferences with every cookie table open fit the screen`, async () => {
      const { context, page } = await newPage({ viewport: { width, height: 700 }, isMobile: true, hasTouch: true });
      await page.goto(`${server.url}/typical/demo.html`);
      await action(page, 'customize').click();
      await page.locator('#charte-consent .cc-prefs').waitFor();
      await page.evaluate(() => document.querySelectorAll('#charte-consent details').forEach((d) => { d.open = true; }));
      const wide = await page.evaluate(() => {
        const limit = window.innerWidth + 0.5;
        const out = [];
        for (const e of document.querySelectorAll('#charte-consent .cc-prefs *')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && (r.right > limit || r.left < -0.5)) out.push(`${e.tagName}.${e.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
        }
        const prefs = document.querySelector('#charte-consent .cc-prefs');
        if (prefs.scrollWidth > prefs.clientWidth) out.push(`the dialog scrolls sideways: ${prefs.scrollWidth} > ${prefs.clientWidth}`);
        if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
        return out;
      });
      assert.deepEqual(wide, [], `wider than ${width} px`);
      // Stacked, each value still says which column it belongs to.
      const label = await page.locator('#charte-consent tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content);
      assert.equal(label, '"Prestataire: "');
      await context.close();
    });
  }
});

describe('printing the charter', () => {
  test('every column of every table is on the paper, nothing clipped or scrolled', async () => {
    // Long unbroken names and addresses, as real inventories have.
    const dir = await exportVariant('print', (doc) => {
      doc.providers[2].privacyPolicyUrl = 'https://policies.google.com/technologies/cookies/partner-sites-and-applications?hl=fr';
      doc.cookies.push({ name: '__Secure-3PSIDCC_very_long_cookie_name_without_breaks', provider: 'google', category: 'marketing',
        lifetime: 31536000, purpose: { fr: 'Sécurité du compte Google.', en: 'Google account security.' },
        service: { fr: 'https://accounts.google.com/ServiceLogin/signinchooser', en: 'https://accounts.google.com/ServiceLogin/signinchooser' } });
    }, 'html', 'print/charter.html');
    const doc = JSON.parse(await readFile(join(tmp, 'print.charte.json'), 'utf8'));
    const printServer = await serve({ '/': dirname(dir) });
    const { context, page } = await newPage();
    try {
      await page.goto(`${printServer.url}/charter.html`);
      const pdf = join(tmp, 'charter.pdf');
      await writeFile(pdf, await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
      const text = (await pdftotext(['-raw', '-enc', 'UTF-8', pdf, '-'])).replace(/\s+/g, '');
      if (process.env.CHARTE_KEEP_PDF) await writeFile(process.env.CHARTE_KEEP_PDF, await readFile(pdf));
      const want = ['Prestataire', 'Serviceetemplacement', 'Cookie', 'Finalité', 'Duréedeconservation'];
      for (const cookie of doc.cookies) {
        want.push(cookie.name, cookie.purpose.fr);
        if (cookie.service?.fr) want.push(cookie.service.fr);
      }
      want.push('182jours', '13mois', '6mois', '30minutes');
      for (const value of want)
        assert.ok(text.includes(value.replace(/\s+/g, '')), `"${value}" is on paper`);
      // Every word lies within the printable width (A4: 595 pt, 15 mm margins: 42.5 pt).
      const boxes = await pdftotext(['-bbox', pdf, '-']);
      const over = [...boxes.matchAll(/xMax="([\d.]+)"[^>]*>([^<]*)</g)].filter((m) => Number(m[1]) > 595 - 42.5 + 1).map((m) => `${m[2]} @${m[1]}`);
      assert.deepEqual(over, [], 'words past the right margin');
    } finally {
      await context.close();
      await printServer.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  async function axe(page, context) {
    await page.addScriptTag({ url: `${server.url}/axe/axe.min.js` });
    const result = await page.evaluate((ctx) => window.axe.run(ctx || document), context);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  test('no violation on the first layer and the preferences layer', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/typical/demo.html`);
    await layer(page).waitFor();
    assert.deepEqual(await axe(page, '#charte-consent'), []);
    await action(page, 'customize').click();
    await page.locator('#charte-consent .cc-prefs').waitFor();
    await page.evaluate(() => document.querySelectorAll('#charte-consent details').forEach((d) => { d.open = true; }));
    assert.deepEqual(await axe(page, '#charte-consent'), []);
    await context.close();
  });

  test('no violation on the exported HTML charter page', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/charter/`);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});

describe('hostile document', () => {
  // Every text of the document becomes markup, script or a template expression.
  function poison(doc) {
    let n = 0;
    const next = () => HOSTILE[n++ % HOSTILE.length];
    const texts = (o) => { for (const k of Object.keys(o)) o[k] = next(); };
    const localized = (o, keys) => { for (const k of keys) if (o[k]) texts(o[k]); };
    Object.assign(doc.meta, { siteName: next(), publisherName: next(), publisherAddress: next(), contactEmail: next() });
    const ids = {};
    doc.categories.forEach((c, i) => { ids[c.id] = `${HOSTILE[i % 3]}${i}`; c.id = ids[c.id]; localized(c, ['name', 'description']); });
    for (const p of doc.providers) Object.assign(p, { name: next(), website: 'javascript:window.__pwned=1', privacyPolicyUrl: 'javascript:window.__pwned=1' });
    for (const c of doc.cookies) { c.category = ids[c.category]; c.name = next(); c.domain = next(); c.path = next(); localized(c, ['service', 'purpose']); }
    for (const s of doc.charter) { localized(s, ['title']); if (s.body) for (const k of Object.keys(s.body)) s.body[k] = `[x](javascript:window.__pwned=1) ${HOSTILE.join(' ')} <script>window.__pwned=1</script>`; if (s.category) s.category = ids[s.category] || s.category; }
    localized(doc.banner, ['title', 'description', 'acceptAll', 'rejectAll', 'customize', 'save', 'manage']);
    doc.banner.consentCookieName = HOSTILE[0];
  }

  test('nothing in the document runs, in the banner or in the charter page', async () => {
    dirs.hostile = await exportVariant('hostile', poison);
    await exportVariant('hostile-html', poison, 'html', 'hostile/charter.html');
    const js = await readFile(join(dirs.hostile, 'charte-consent.js'), 'utf8');
    assert.ok(!/<\/script/i.test(js) && !js.includes('<img'), 'raw markup in the script');
    const hostileServer = await serve({ '/': dirs.hostile });
    try {
      for (const path of ['demo.html', 'charter.html']) {
        const { context, page } = await newPage();
        await page.goto(`${hostileServer.url}/${path}`);
        if (path === 'demo.html') {
          await layer(page).waitFor();
          assert.ok(HOSTILE.includes(await page.locator('#cc-title').textContent()), 'the hostile title is shown as text');
          await action(page, 'customize').click();
          await page.evaluate(() => document.querySelectorAll('#charte-consent details').forEach((d) => { d.open = true; }));
          for (const link of await page.locator('#charte-consent a').all()) await link.click({ modifiers: ['Shift'] }).catch(() => {});
          await action(page, 'accept-all').click();
          await page.reload();
        }
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => document.querySelectorAll('a[href^="javascript:" i], [onerror], [onload]').length), 0);
        assert.equal(await page.evaluate(() => window.__pwned), undefined, `${path} ran document text`);
        assert.deepEqual(page.dialogs, []);
        await context.close();
      }
    } finally {
      await hostileServer.close();
    }
  });
});
