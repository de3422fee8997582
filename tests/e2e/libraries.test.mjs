// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The consent-library exports, proven with the real npm packages in headless
// Chromium: vanilla-cookieconsent 3, Klaro 0.7 and tarteaucitron 1.x, each served
// from loopback with the configuration `charte export` wrote, for the `typical`
// template and for a larger two-language document with pattern cookies.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, launchBrowser, runCharte, NODE_MODULES } from './harness.mjs';

const HOSTILE = '</script><script>window.pwned = 1</script>';

// Several categories and providers, a prefix and a regex cookie, two languages,
// and a category name that tries to end the script element it is embedded in.
const LARGE = {
  format: 'charte/1',
  meta: {
    siteName: 'Bibliothèque de Lorient', siteUrl: 'https://bib.example', publisherName: 'Ville',
    defaultLanguage: 'en', languages: ['en', 'fr'], revision: 7, lastUpdated: '2026-11-01',
  },
  categories: [
    { id: 'necessary', name: { en: 'Strictly necessary', fr: 'Strictement nécessaires' },
      description: { en: 'Needed to run the site.', fr: 'Nécessaires au site.' }, required: true },
    { id: 'preferences', name: { en: 'Your settings', fr: 'Vos réglages' },
      description: { en: 'Remember the reading settings.', fr: 'Retenir les réglages de lecture.' }, required: false },
    { id: 'statistics', name: { en: `Statistics ${HOSTILE}`, fr: 'Statistiques' },
      description: { en: 'Count visits & pages <b>viewed</b>.', fr: 'Compter les visites.' }, required: false },
    { id: 'marketing', name: { en: 'Advertising', fr: 'Publicité' },
      description: { en: 'Ads from partners.', fr: 'Publicités des partenaires.' }, required: false },
  ],
  providers: [
    { id: 'site', name: 'Ville de Lorient', website: 'https://bib.example' },
    { id: 'matomo', name: 'Matomo', website: 'https://matomo.org' },
    { id: 'hotjar', name: 'Hotjar Ltd', website: 'https://www.hotjar.com', country: 'MT' },
    { id: 'google', name: 'Google Ireland', website: 'https://policies.google.com', country: 'IE' },
  ],
  cookies: [
    { name: 'SESSION', provider: 'site', category: 'necessary', lifetime: 'session', basis: 'exempt',
      purpose: { en: 'Keeps the session.', fr: 'Garde la session.' } },
    { name: 'reader_font', provider: 'site', category: 'preferences', lifetime: 31536000,
      purpose: { en: 'Font size.', fr: 'Taille du texte.' } },
    { name: '_pk_id.', match: 'prefix', provider: 'matomo', category: 'statistics', lifetime: 33696000,
      purpose: { en: 'Visitor id.', fr: 'Identifiant du visiteur.' } },
    { name: '_hjSession_\\d+', match: 'regex', provider: 'hotjar', category: 'statistics', lifetime: 1800,
      purpose: { en: 'Hotjar session.', fr: 'Session Hotjar.' } },
    { name: '_ga', provider: 'google', category: 'statistics', lifetime: 63072000,
      purpose: { en: 'Google Analytics id.', fr: 'Identifiant Google Analytics.' } },
    { name: '_gcl_au', provider: 'google', category: 'marketing', lifetime: 7776000,
      purpose: { en: 'Ad conversions.', fr: 'Conversions publicitaires.' } },
  ],
  charter: [],
  banner: {
    title: { en: 'Cookies at the library', fr: 'Les cookies de la bibliothèque' },
    description: { en: 'We would like to measure visits and show ads.', fr: 'Nous souhaitons mesurer les visites et afficher des publicités.' },
    acceptAll: { en: 'Accept everything', fr: 'Tout accepter' },
    rejectAll: { en: 'Refuse everything', fr: 'Tout refuser' },
    customize: { en: 'Let me choose', fr: 'Je choisis' },
    save: { en: 'Save my choice', fr: 'Enregistrer' },
    manage: { en: 'Cookie settings', fr: 'Réglages des cookies' },
    layout: 'bar', position: 'bottom', consentCookieName: 'bib_consent', consentLifetimeDays: 180,
    globalPrivacyControl: true, googleConsentMode: false, consentLogUrl: '/consent-log',
  },
};

// Cookies set before the page loads, one per non-required category and pattern kind.
const PRESET = {
  typical: { statistics: ['_pk_id.1.1a2b', '_pk_ses.1.1a2b'] },
  large: { statistics: ['_pk_id.9.ffff', '_hjSession_12345', '_ga'], preferences: ['reader_font'], marketing: ['_gcl_au'] },
};

let dir, server, browser;
const documents = {};

// One entry per provider and category, as the exports name their services.
function servicesOf(doc) {
  const list = [];
  for (const category of doc.categories) {
    for (const cookie of doc.cookies) {
      if (cookie.category !== category.id) continue;
      const key = `${cookie.provider}-${category.id}`;
      if (!list.some((s) => s.key === key))
        list.push({ key, category: category.id, required: !!category.required, provider: cookie.provider });
    }
  }
  return list;
}

const optional = (doc) => doc.categories.filter((c) => !c.required).map((c) => c.id);

function gatedScripts(lib, doc) {
  // One sample script per non-required category; it records that it ran.
  return servicesOf(doc).filter((s) => !s.required).map((s) => {
    const body = `window.gated = (window.gated || []).concat(${JSON.stringify(s.category)});`;
    if (lib === 'cookieconsent') return `<script type="text/plain" data-category="${s.category}">${body}</script>`;
    if (lib === 'klaro') return `<script type="text/plain" data-type="text/javascript" data-name="${s.key}">${body}</script>`;
    return `<script type="text/plain" data-tarteaucitron="${s.key}">${body}</script>`;
  }).join('\n');
}

function pageHtml(lib, docName, language) {
  const doc = documents[docName];
  const config = `/out/${docName}-${lib}-${language}.js`;
  const gated = gatedScripts(lib, doc);
  if (lib === 'cookieconsent')
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>cc</title>
<link rel="stylesheet" href="/lib/cookieconsent/cookieconsent.css"></head><body><h1>Page</h1>
${gated}
<script src="/lib/cookieconsent/cookieconsent.umd.js"></script>
<script src="${config}"></script></body></html>`;
  if (lib === 'klaro')
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>klaro</title></head><body><h1>Page</h1>
${gated}
<script src="${config}"></script>
<script src="/lib/klaro/klaro.js"></script></body></html>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>tac</title></head><body><h1>Page</h1>
${gated}
<script src="/lib/tarteaucitron/tarteaucitron.js"></script>
<script src="${config}"></script>
<script>
  // tarteaucitron shows its banner before it wires the buttons; events.load runs after.
  tarteaucitron.events.load = function () { window.tacReady = true; };
</script></body></html>`;
}

const LIBRARIES = {
  cookieconsent: {
    banner: '#cc-main .cm',
    texts: async (page) => page.locator('#cc-main .cm').innerText(),
    acceptAll: (page) => page.click('#cc-main .cm button[data-role="all"]'),
    rejectAll: (page) => page.click('#cc-main .cm button[data-role="necessary"]'),
    async choose(page, doc, category) {
      await page.click('#cc-main .cm button[data-role="show"]');
      await page.locator('#cc-main .pm').waitFor({ state: 'visible' });
      await page.locator(`#cc-main .pm input.section__toggle[value="${category}"]`).check({ force: true });
      const shown = await page.locator('#cc-main .pm').innerText();
      await page.click('#cc-main .pm button[data-role="save"]');
      return shown;
    },
    async libraryState(page, doc) {
      const prefs = await page.evaluate(() => window.CookieConsent.getUserPreferences());
      return Object.fromEntries(optional(doc).map((id) => [id, prefs.acceptedCategories.includes(id)]));
    },
    cookieState(value, doc) {
      const stored = JSON.parse(decodeURIComponent(value));
      assert.equal(stored.revision, doc.meta.revision, 'the consent cookie carries the revision');
      return Object.fromEntries(optional(doc).map((id) => [id, stored.categories.includes(id)]));
    },
    decided: () => window.CookieConsent.validConsent(),
  },
  klaro: {
    banner: '#klaro .cookie-notice',
    texts: async (page) => page.locator('#klaro .cookie-notice').innerText(),
    acceptAll: (page) => page.click('#klaro .cookie-notice .cm-btn-success'),
    rejectAll: (page) => page.click('#klaro .cookie-notice .cn-decline'),
    async choose(page, doc, category) {
      await page.click('#klaro .cookie-notice .cn-learn-more');
      await page.locator('#klaro .cookie-modal').waitFor({ state: 'visible' });
      await page.locator(`#purpose-item-${category}`).check({ force: true });
      const shown = await page.locator('#klaro .cookie-modal').innerText();
      await page.click('#klaro .cookie-modal .cm-btn-accept');
      return shown;
    },
    async libraryState(page, doc) {
      const keys = servicesOf(doc);
      const consents = await page.evaluate((names) => {
        const manager = window.klaro.getManager();
        return { confirmed: manager.confirmed, consents: Object.fromEntries(names.map((n) => [n, manager.getConsent(n)])) };
      }, keys.map((s) => s.key));
      assert.equal(consents.confirmed, true, 'Klaro records an active decision');
      return Object.fromEntries(optional(doc).map((id) => [id,
        keys.filter((s) => s.category === id).every((s) => consents.consents[s.key] === true)]));
    },
    cookieState(value, doc) {
      const stored = JSON.parse(decodeURIComponent(value));
      const keys = servicesOf(doc);
      for (const s of keys.filter((k) => k.required)) assert.equal(stored[s.key], true, `${s.key} is required`);
      return Object.fromEntries(optional(doc).map((id) => [id,
        keys.filter((s) => s.category === id).every((s) => stored[s.key] === true)]));
    },
    decided: () => window.klaro.getManager().confirmed,
  },
  tarteaucitron: {
    banner: '#tarteaucitronAlertBig',
    texts: async (page) => page.locator('#tarteaucitronAlertBig').innerText(),
    acceptAll: (page) => page.click('#tarteaucitronPersonalize2'),
    rejectAll: (page) => page.click('#tarteaucitronAllDenied2'),
    async choose(page, doc, category) {
      await page.click('#tarteaucitronCloseAlert');
      await page.locator('#tarteaucitron').waitFor({ state: 'visible' });
      for (const s of servicesOf(doc).filter((k) => !k.required))
        await page.locator(`[id="${s.key}${s.category === category ? 'Allowed' : 'Denied'}"]`).click({ force: true });
      const shown = await page.locator('#tarteaucitron').innerText();
      await page.click('#tarteaucitronClosePanel');
      return shown;
    },
    async libraryState(page, doc) {
      const keys = servicesOf(doc).filter((s) => !s.required);
      const state = await page.evaluate(() => ({ ...window.tarteaucitron.state }));
      return Object.fromEntries(optional(doc).map((id) => [id,
        keys.filter((s) => s.category === id).every((s) => state[s.key] === true)]));
    },
    cookieState(value, doc) {
      const stored = Object.fromEntries(decodeURIComponent(value).split('!').filter(Boolean).map((pair) => pair.split('=')));
      const keys = servicesOf(doc).filter((s) => !s.required);
      for (const s of keys) assert.ok(stored[s.key] === 'true' || stored[s.key] === 'false', `${s.key} decided: ${value}`);
      return Object.fromEntries(optional(doc).map((id) => [id,
        keys.filter((s) => s.category === id).every((s) => stored[s.key] === 'true')]));
    },
    decided: () => Object.values(window.tarteaucitron.state).length > 0 &&
      !document.cookie.includes('=wait'),
  },
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-libs-'));
  const typical = join(dir, 'typical.charte.json');
  const created = await runCharte(['new', '--template', 'typical', '-o', typical]);
  assert.equal(created.code, 0, created.stderr);
  documents.typical = JSON.parse(await readFile(typical, 'utf8'));
  const large = join(dir, 'large.charte.json');
  await writeFile(large, JSON.stringify(LARGE, null, 2));
  documents.large = LARGE;
  for (const docName of ['typical', 'large']) {
    for (const lib of Object.keys(LIBRARIES)) {
      for (const language of ['fr', 'en']) {
        const out = join(dir, `${docName}-${lib}-${language}.js`);
        const result = await runCharte(['export', join(dir, `${docName}.charte.json`), '--format', lib, '--lang', language, '-o', out]);
        assert.equal(result.code, 0, `${docName} ${lib} ${language}: ${result.stderr}`);
        assert.match(result.stderr, /warning/, 'what the library cannot express is said');
      }
    }
  }
  // The typical document at its next revision, for the re-consent test.
  const next = { ...documents.typical, meta: { ...documents.typical.meta, revision: documents.typical.meta.revision + 1 } };
  await writeFile(join(dir, 'next.charte.json'), JSON.stringify(next, null, 2));
  documents.next = next;
  for (const lib of Object.keys(LIBRARIES)) {
    const result = await runCharte(['export', join(dir, 'next.charte.json'), '--format', lib, '--lang', 'fr', '-o', join(dir, `next-${lib}-fr.js`)]);
    assert.equal(result.code, 0, result.stderr);
  }
  // The bare JSON forms, loaded by the page itself as a site would.
  for (const lib of ['cookieconsent', 'klaro']) {
    const result = await runCharte(['export', join(dir, 'large.charte.json'), '--format', lib, '--lang', 'fr', '-o', join(dir, `large-${lib}-fr.json`)]);
    assert.equal(result.code, 0, result.stderr);
  }
  const routes = {};
  for (const lib of Object.keys(LIBRARIES))
    routes[`/next/${lib}/fr.html`] = { body: pageHtml(lib, 'next', 'fr') };
  routes['/json/cookieconsent/fr.html'] = { body: `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/lib/cookieconsent/cookieconsent.css"></head><body>
${gatedScripts('cookieconsent', LARGE)}
<script src="/lib/cookieconsent/cookieconsent.umd.js"></script>
<script>fetch('/out/large-cookieconsent-fr.json').then((r) => r.json()).then((config) => CookieConsent.run(config));</script>
</body></html>` };
  routes['/json/klaro/fr.html'] = { body: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
${gatedScripts('klaro', LARGE)}
<script src="/lib/klaro/klaro.js"></script>
<script>fetch('/out/large-klaro-fr.json').then((r) => r.json()).then((config) => klaro.setup(config));</script>
</body></html>` };
  for (const docName of ['typical', 'large'])
    for (const lib of Object.keys(LIBRARIES))
      for (const language of ['fr', 'en'])
        routes[`/${docName}/${lib}/${language}.html`] = { body: pageHtml(lib, docName, language) };
  server = await serve({
    '/lib/cookieconsent/': join(NODE_MODULES, 'vanilla-cookieconsent/dist'),
    '/lib/klaro/': join(NODE_MODULES, 'klaro/dist'),
    '/lib/tarteaucitron/': join(NODE_MODULES, 'tarteaucitronjs'),
    '/out/': dir,
  }, routes);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(lib, docName, language, { preset = false, gpc = false } = {}) {
  const context = await browser.newContext();
  if (gpc)
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
  if (lib === 'cookieconsent') {
    // vanilla-cookieconsent stays hidden when navigator.webdriver is true (hideFromBots).
    // The export keeps the library's default for real sites; only this test browser
    // stops announcing itself as automated.
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
    });
  }
  if (preset) {
    const names = Object.values(PRESET[docName]).flat();
    // As the site's own scripts would have, before the library loads (the page is
    // opened once per context, so this runs once).
    await context.addInitScript((list) => {
      for (const name of list) document.cookie = `${name}=before; path=/`;
      window.presetBeforeLoad = list.filter((name) => document.cookie.split('; ').includes(`${name}=before`));
    }, names);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/${docName}/${lib}/${language}.html`);
  await page.locator(LIBRARIES[lib].banner).waitFor({ state: 'visible', timeout: 10000 });
  if (lib === 'tarteaucitron')
    await page.waitForFunction(() => window.tacReady === true, null, { timeout: 10000 });
  return { context, page, errors };
}

async function consentCookie(context, doc) {
  const cookies = await context.cookies();
  const found = cookies.find((c) => c.name === doc.banner.consentCookieName);
  assert.ok(found, `consent cookie ${doc.banner.consentCookieName} is set (have: ${cookies.map((c) => c.name).join(', ')})`);
  return found.value;
}

async function settle(page, lib) {
  await page.waitForFunction(LIBRARIES[lib].decided, null, { timeout: 10000 });
  await page.waitForTimeout(100); // let the library finish writing and clearing in the same turn
}

for (const docName of ['typical', 'large']) {
  for (const lib of Object.keys(LIBRARIES)) {
    describe(`${lib} with the ${docName} document`, () => {
      for (const language of ['fr', 'en']) {
        test(`the banner shows the document's texts in ${language}`, async () => {
          const doc = documents[docName];
          const { context, page, errors } = await open(lib, docName, language);
          try {
            const text = await LIBRARIES[lib].texts(page);
            const { banner } = doc;
            for (const field of ['title', 'description', 'acceptAll', 'rejectAll']) {
              const expected = banner[field][language];
              assert.ok(text.replace(/\s+/g, ' ').includes(expected.replace(/\s+/g, ' ')),
                `${field} "${expected}" in the banner: ${text}`);
            }
            assert.equal(await page.evaluate(() => window.pwned), undefined, 'document text never runs');
            assert.deepEqual(errors, []);
          } finally {
            await context.close();
          }
        });
      }

      test('reject all refuses every optional category, runs nothing gated and clears declared cookies', async () => {
        const doc = documents[docName];
        const { context, page, errors } = await open(lib, docName, 'fr', { preset: true });
        try {
          assert.deepEqual(await page.evaluate(() => window.presetBeforeLoad),
            Object.values(PRESET[docName]).flat(), 'the declared cookies existed before the library loaded');
          await LIBRARIES[lib].rejectAll(page);
          await settle(page, lib);
          const refused = Object.fromEntries(optional(doc).map((id) => [id, false]));
          assert.deepEqual(await LIBRARIES[lib].libraryState(page, doc), refused);
          assert.deepEqual(LIBRARIES[lib].cookieState(await consentCookie(context, doc), doc), refused);
          assert.equal(await page.evaluate(() => window.gated), undefined, 'no gated script ran');
          const left = (await context.cookies()).map((c) => c.name);
          for (const name of Object.values(PRESET[docName]).flat())
            assert.ok(!left.includes(name), `${name} was deleted (left: ${left.join(', ')})`);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });

      test('accept all grants everything and runs the gated scripts', async () => {
        const doc = documents[docName];
        const { context, page, errors } = await open(lib, docName, 'en');
        try {
          await LIBRARIES[lib].acceptAll(page);
          await settle(page, lib);
          const granted = Object.fromEntries(optional(doc).map((id) => [id, true]));
          assert.deepEqual(await LIBRARIES[lib].libraryState(page, doc), granted);
          assert.deepEqual(LIBRARIES[lib].cookieState(await consentCookie(context, doc), doc), granted);
          await page.waitForFunction((n) => (window.gated || []).length >= n,
            servicesOf(doc).filter((s) => !s.required).length, { timeout: 5000 });
          const ran = await page.evaluate(() => window.gated);
          assert.deepEqual([...new Set(ran)].sort(), [...optional(doc).filter((id) =>
            servicesOf(doc).some((s) => s.category === id))].sort());
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });

      test('a custom choice with one category on is stored as such', async () => {
        const doc = documents[docName];
        const { context, page, errors } = await open(lib, docName, 'en');
        try {
          const chosen = 'statistics';
          const shown = await LIBRARIES[lib].choose(page, doc, chosen);
          await settle(page, lib);
          const expected = Object.fromEntries(optional(doc).map((id) => [id, id === chosen]));
          assert.deepEqual(await LIBRARIES[lib].libraryState(page, doc), expected);
          assert.deepEqual(LIBRARIES[lib].cookieState(await consentCookie(context, doc), doc), expected);
          // The second layer showed every category name, hostile ones as plain text.
          assert.equal(await page.evaluate(() => window.pwned), undefined, 'document text never runs');
          for (const category of doc.categories.filter((c) => !c.required))
            assert.ok(shown.includes(category.name.en), `category "${category.name.en}" shown in: ${shown}`);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    });
  }
}

const REOPENED = {
  cookieconsent: {
    ready: () => window.CookieConsent && window.CookieConsent.validConsent(),
    decided: () => window.CookieConsent.validConsent(),
  },
  klaro: {
    ready: () => {
      try { return !!window.klaro.getManager(); } catch { return false; }
    },
    decided: () => window.klaro.getManager().confirmed,
  },
  tarteaucitron: {
    ready: () => window.tacReady === true,
    decided: () => {
      const states = Object.values(window.tarteaucitron.state);
      return states.length > 0 && states.every((granted) => granted === true);
    },
  },
};

for (const lib of Object.keys(REOPENED)) {
  test(`${lib} asks again when the revision changes, and only then`, async () => {
    const { context, page } = await open(lib, 'typical', 'fr');
    try {
      await LIBRARIES[lib].acceptAll(page);
      await settle(page, lib);
      await page.goto(`${server.url}/typical/${lib}/fr.html`);
      await page.waitForFunction(REOPENED[lib].ready, null, { timeout: 10000 });
      assert.equal(await page.evaluate(REOPENED[lib].decided), true, 'the choice is kept');
      assert.equal(await page.locator(LIBRARIES[lib].banner).isVisible(), false, 'same revision: no banner');
      await page.goto(`${server.url}/next/${lib}/fr.html`);
      await page.locator(LIBRARIES[lib].banner).waitFor({ state: 'visible', timeout: 10000 });
      if (lib === 'tarteaucitron') await page.waitForFunction(REOPENED[lib].ready, null, { timeout: 10000 });
      assert.equal(await page.evaluate(REOPENED[lib].decided), false, 'a new revision forgets the choice');
    } finally {
      await context.close();
    }
  });
}

for (const lib of ['cookieconsent', 'klaro']) {
  test(`${lib}: the bare JSON export works when the page starts the library itself`, async () => {
    const doc = LARGE;
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
    });
    await context.addCookies(['_ga', 'reader_font'].map((name) => ({ name, value: 'before', url: server.url })));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${server.url}/json/${lib}/fr.html`);
      await page.locator(LIBRARIES[lib].banner).waitFor({ state: 'visible', timeout: 10000 });
      assert.ok((await LIBRARIES[lib].texts(page)).includes(doc.banner.rejectAll.fr));
      await LIBRARIES[lib].rejectAll(page);
      await settle(page, lib);
      const refused = Object.fromEntries(optional(doc).map((id) => [id, false]));
      assert.deepEqual(await LIBRARIES[lib].libraryState(page, doc), refused);
      assert.deepEqual(LIBRARIES[lib].cookieState(await consentCookie(context, doc), doc), refused);
      const left = (await context.cookies()).map((c) => c.name);
      assert.ok(!left.includes('_ga') && !left.includes('reader_font'), `exact names deleted (left: ${left})`);
      assert.equal(await page.evaluate(() => window.gated), undefined);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('vanilla-cookieconsent sends each decision to the consent log, under its consent id', async () => {
  const doc = documents.large;
  const records = [];
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
  });
  await context.route('**/consent-log', async (route) => {
    records.push(JSON.parse(route.request().postData()));
    await route.fulfill({ status: 204 });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${server.url}/large/cookieconsent/en.html?ref=newsletter`);
    await page.locator(LIBRARIES.cookieconsent.banner).waitFor({ state: 'visible', timeout: 10000 });
    await LIBRARIES.cookieconsent.acceptAll(page);
    await settle(page, 'cookieconsent');
    const stored = JSON.parse(decodeURIComponent(await consentCookie(context, doc)));
    for (let i = 0; i < 50 && records.length < 1; i++) await page.waitForTimeout(100);
    // A later change of mind is logged too, under the same id.
    await page.evaluate(() => window.CookieConsent.showPreferences());
    await page.locator('#cc-main .pm').waitFor({ state: 'visible' });
    await page.click('#cc-main .pm button[data-role="necessary"]');
    for (let i = 0; i < 50 && records.length < 2; i++) await page.waitForTimeout(100);
    assert.equal(records.length, 2);
    assert.deepEqual(records.map((r) => [r.id, r.method, r.revision]),
      [[stored.consentId, 'accept-all', 7], [stored.consentId, 'reject-all', 7]]);
    assert.deepEqual(records[0].categories, { necessary: true, preferences: true, statistics: true, marketing: true });
    assert.deepEqual(records[1].categories, { necessary: true, preferences: false, statistics: false, marketing: false });
    assert.equal(records[0].page, `${server.url}/large/cookieconsent/en.html`);
    // Reloading with a valid consent logs nothing new.
    await page.reload();
    await page.waitForTimeout(500);
    assert.equal(records.length, 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("Charte's JSON export validates against the charte/1 schema", async () => {
  const out = join(dir, 'exported.charte.json');
  for (const source of ['typical.charte.json', 'large.charte.json']) {
    const result = await runCharte(['export', join(dir, source), '--format', 'json', '-o', out]);
    assert.equal(result.code, 0, result.stderr);
    const { execFile } = await import('node:child_process');
    const validation = await new Promise((ok) => execFile(process.execPath,
      [resolve(import.meta.dirname, 'validate-schema.mjs'),
        resolve(import.meta.dirname, '../../resources/schema/charte-1.schema.json'), out],
      (error, stdout, stderr) => ok({ code: error ? error.code : 0, stdout, stderr })));
    assert.equal(validation.code, 0, `${source}: ${validation.stderr}`);
    assert.match(validation.stdout, /1 valid, 0 invalid/);
  }
});

// axe-core over each library's first layer and preferences, as for Charte's own banner.
const PREFERENCES = {
  cookieconsent: { open: (page) => page.click('#cc-main .cm button[data-role="show"]'), shown: '#cc-main .pm', root: '#cc-main' },
  klaro: { open: (page) => page.click('#klaro .cookie-notice .cn-learn-more'), shown: '#klaro .cookie-modal', root: '#klaro' },
  tarteaucitron: { open: (page) => page.click('#tarteaucitronCloseAlert'), shown: '#tarteaucitron', root: '#tarteaucitronRoot' },
};

async function axe(page, root) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: join(NODE_MODULES, 'axe-core/axe.min.js') });
  const result = await page.evaluate((selector) => window.axe.run(selector), root);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lib of Object.keys(PREFERENCES)) {
  for (const language of ['fr', 'en']) {
    test(`${lib}: axe-core finds no violation on the first layer and the preferences (${language})`, async () => {
      const { context, page, errors } = await open(lib, 'large', language);
      try {
        assert.deepEqual(await axe(page, PREFERENCES[lib].root), [], 'first layer');
        await PREFERENCES[lib].open(page);
        await page.locator(PREFERENCES[lib].shown).waitFor({ state: 'visible' });
        await page.waitForTimeout(400); // the libraries animate their dialogs in
        assert.deepEqual(await axe(page, PREFERENCES[lib].root), [], 'preferences');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test("vanilla-cookieconsent's switches read the category's name as text", async () => {
  const { context, page } = await open('cookieconsent', 'typical', 'fr');
  try {
    await PREFERENCES.cookieconsent.open(page);
    await page.locator('#cc-main .pm').waitFor({ state: 'visible' });
    const labels = await page.locator('#cc-main .pm .toggle__label').allTextContents();
    assert.ok(labels.includes("Mesure d'audience"), `switch labels: ${labels.join(' | ')}`);
    assert.ok(!labels.some((l) => /&#?\w+;/.test(l)), `entities in: ${labels.join(' | ')}`);
    assert.equal(await page.locator('#cc-main .pm .pm__close-btn').getAttribute('aria-label'), 'Fermer');
  } finally {
    await context.close();
  }
});

// Global Privacy Control in each library's export, as Charte's banner honours it: the
// advertising category is refused before the library shows, "accept all" accepts the
// rest, the banner says so, and the stored choice records it.
const GPC_RECORD = {
  cookieconsent: (value) => JSON.parse(decodeURIComponent(value)).data?.gpc === true,
  klaro: (value) => JSON.parse(decodeURIComponent(value))['charte-gpc'] === true,
  tarteaucitron: (value) => decodeURIComponent(value).includes('!charte_gpc=true'),
};

for (const lib of Object.keys(GPC_RECORD)) {
  test(`${lib} honours Global Privacy Control: advertising stays refused after "accept all"`, async () => {
    const doc = documents.large;
    const { context, page, errors } = await open(lib, 'large', 'en', { gpc: true });
    try {
      const text = (await LIBRARIES[lib].texts(page)).replace(/\s+/g, ' ');
      assert.match(text, /Global Privacy Control/, 'the banner says why advertising stays off');
      await LIBRARIES[lib].acceptAll(page);
      await settle(page, lib);
      const expected = Object.fromEntries(optional(doc).map((id) => [id, id !== 'marketing']));
      assert.deepEqual(await LIBRARIES[lib].libraryState(page, doc), expected);
      const value = await consentCookie(context, doc);
      assert.deepEqual(LIBRARIES[lib].cookieState(value, doc), expected);
      assert.ok(GPC_RECORD[lib](value), `the choice records GPC: ${decodeURIComponent(value)}`);
      await page.waitForFunction(() => (window.gated || []).length >= 3, null, { timeout: 5000 });
      assert.ok(!(await page.evaluate(() => window.gated)).includes('marketing'), 'no advertising script ran');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("Klaro's switches: \"toggle all\" looks off when it is off (screenshot comparison)", async () => {
  const { context, page } = await open('klaro', 'typical', 'fr');
  try {
    await page.click('#klaro .cookie-notice .cn-learn-more');
    await page.locator('#klaro .cookie-modal').waitFor({ state: 'visible' });
    await page.waitForTimeout(600); // let the switches' transitions end
    const slider = (id) => page.locator(`#klaro #${id} + .cm-list-label .slider`);
    // The mean colour of an element's screenshot, decoded by the browser itself.
    const colour = async (locator) => page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width; canvas.height = image.height;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const data = g.getImageData(0, 0, image.width, image.height).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
      return sum.map((s) => s / (data.length / 4));
    }, (await locator.screenshot()).toString('base64'));
    const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    assert.equal(await page.locator('#klaro #purpose-item-disableAll').isChecked(), false);
    const allOff = await colour(slider('purpose-item-disableAll'));
    const oneOff = await colour(slider('purpose-item-statistics'));
    await page.locator('#klaro #purpose-item-statistics').check({ force: true });
    await page.waitForTimeout(600);
    const oneOn = await colour(slider('purpose-item-statistics'));
    assert.ok(distance(allOff, oneOff) < 12, `"toggle all" off ${allOff} looks like a switch that is off ${oneOff}`);
    assert.ok(distance(allOff, oneOn) > 60, `"toggle all" off ${allOff} looks unlike a switch that is on ${oneOn}`);
  } finally {
    await context.close();
  }
});
