// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Benchmark, run by hand (not by ctest):
//   CHARTE_EXECUTABLE=build/charte node tests/e2e/bench-banner.mjs [RUNS]
// In one headless Chromium, loads the same blank page with Charte's exported banner
// (the `typical` template) and with vanilla-cookieconsent 3.1.0 configured alike, in
// alternation, and prints the median time from DOMContentLoaded to the banner being
// shown, and the bytes of banner code transferred. Never fails on time.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, launchBrowser, runCharte, NODE_MODULES, bundleSizeLine } from './harness.mjs';

const RUNS = Number(process.argv[2] || 21);
const tmp = await mkdtemp(join(tmpdir(), 'charte-bench-'));
const policyFile = join(tmp, 'typical.charte.json');
const bundle = join(tmp, 'bundle');
for (const args of [['new', '--template', 'typical', '-o', policyFile],
  ['export', policyFile, '--format', 'banner', '-o', bundle]]) {
  const result = await runCharte(args);
  if (result.code !== 0) throw new Error(`charte ${args.join(' ')}: ${result.stderr}`);
}
const policy = JSON.parse(await readFile(policyFile, 'utf8'));
const fr = (t) => (t && (t.fr || t.en)) || '';

// vanilla-cookieconsent configured with the same categories, cookies and texts.
const vanillaConfig = {
  hideFromBots: false,
  revision: policy.meta.revision,
  cookie: { name: 'cc_cookie', expiresAfterDays: policy.banner.consentLifetimeDays },
  guiOptions: { consentModal: { layout: 'box', position: 'bottom right', equalWeightButtons: true } },
  categories: Object.fromEntries(policy.categories.map((c) => [c.id, { enabled: c.required, readOnly: c.required }])),
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: { title: fr(policy.banner.title), description: fr(policy.banner.description),
          acceptAllBtn: fr(policy.banner.acceptAll), acceptNecessaryBtn: fr(policy.banner.rejectAll),
          showPreferencesBtn: fr(policy.banner.customize) },
        preferencesModal: { title: fr(policy.banner.customize), acceptAllBtn: fr(policy.banner.acceptAll),
          acceptNecessaryBtn: fr(policy.banner.rejectAll), savePreferencesBtn: fr(policy.banner.save),
          sections: policy.categories.map((c) => ({ title: fr(c.name), description: fr(c.description), linkedCategory: c.id,
            cookieTable: { headers: { name: 'Cookie', purpose: 'Finalité' },
              body: policy.cookies.filter((k) => k.category === c.id).map((k) => ({ name: k.name, purpose: fr(k.purpose) })) } })) },
      },
    },
  },
};

const page = (head, tail = '') => ({ type: 'text/html; charset=utf-8', body: `<!DOCTYPE html><html lang="fr"><head>` +
  `<meta charset="utf-8"><title>bench</title>${head}</head><body><main><h1>Bench</h1><p>Contenu.</p></main>${tail}</body></html>` });
const server = await serve({ '/charte/': bundle, '/vcc/': join(NODE_MODULES, 'vanilla-cookieconsent/dist') }, {
  '/charte.html': page('<link rel="stylesheet" href="/charte/charte-consent.css"><script src="/charte/charte-consent.js"></script>'),
  '/vanilla.html': page('<link rel="stylesheet" href="/vcc/cookieconsent.css">',
    `<script src="/vcc/cookieconsent.umd.js"></script><script>CookieConsent.run(${JSON.stringify(vanillaConfig).replace(/</g, '\\u003c')})</script>`),
});

const candidates = {
  charte: { url: '/charte.html', shown: '#charte-consent [role="dialog"]', files: [join(bundle, 'charte-consent.js'), join(bundle, 'charte-consent.css')] },
  'vanilla-cookieconsent': { url: '/vanilla.html', shown: '#cc-main .cm', files: ['cookieconsent.umd.js', 'cookieconsent.css'].map((f) => join(NODE_MODULES, 'vanilla-cookieconsent/dist', f)) },
};

// Watches DOM mutations (so insertion is timed to the task that did it) and each animation
// frame from DOMContentLoaded until the banner is laid out and not hidden.
const probe = (selector) => `(() => {
  document.addEventListener('DOMContentLoaded', () => {
    const t0 = performance.now();
    const check = () => {
      if (window.__shownAfter !== undefined) return true;
      const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return false;
      const now = performance.now() - t0;
      if (window.__insertedAfter === undefined) window.__insertedAfter = now;
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden') window.__shownAfter = now;
      return window.__shownAfter !== undefined;
    };
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    const tick = () => { if (!check()) requestAnimationFrame(tick); else observer.disconnect(); };
    tick();
  });
})()`;

const browser = await launchBrowser();
const times = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
const inserted = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
const transferred = {};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [name, c] of Object.entries(candidates)) {
      const context = await browser.newContext();
      await context.addInitScript(probe(c.shown));
      const p = await context.newPage();
      await p.goto(server.url + c.url);
      await p.waitForFunction(() => window.__shownAfter !== undefined, null, { timeout: 10000 });
      times[name].push(await p.evaluate(() => window.__shownAfter));
      inserted[name].push(await p.evaluate(() => window.__insertedAfter));
      transferred[name] = await p.evaluate(() => performance.getEntriesByType('resource')
        .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname)).reduce((sum, r) => sum + r.encodedBodySize, 0));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`Chromium headless, ${RUNS} runs each, interleaved`);
console.log('bundle                  DCL→in DOM   DCL→shown   bytes (raw)   bytes (gzip -9)   (medians)');
const rows = {};
for (const [name, c] of Object.entries(candidates)) {
  const raw = Buffer.concat(await Promise.all(c.files.map((f) => readFile(f))));
  rows[name] = { ms: median(times[name]), dom: median(inserted[name]), bytes: transferred[name], gz: gzipSync(raw, { level: 9 }).length };
  console.log(`${name.padEnd(24)}${rows[name].dom.toFixed(1).padStart(7)} ms${rows[name].ms.toFixed(1).padStart(9)} ms${String(rows[name].bytes).padStart(14)}${String(rows[name].gz).padStart(17)}`);
}
const [a, b] = Object.values(rows);
console.log(`ratio charte / vanilla-cookieconsent: in DOM ${(a.dom / b.dom).toFixed(2)}, shown ${(a.ms / b.ms).toFixed(2)}, bytes ${(a.bytes / b.bytes).toFixed(2)}, gzip ${(a.gz / b.gz).toFixed(2)}`);
// The line docs/banner.md carries (the bundle test checks it is current).
console.log(`docs/banner.md: ${bundleSizeLine(rows.charte.gz)}`);
await rm(tmp, { recursive: true, force: true });
