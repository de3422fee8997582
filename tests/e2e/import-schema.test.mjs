// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Documents made by `charte import` validate against the published JSON Schema,
// whatever they were imported from: the seed charter, a CSV inventory, an HTML page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { runCharte } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const shared = process.env.CHARTE_SHARED_DIR || resolve(root, '../shared');
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'resources/schema/charte-1.schema.json'), 'utf8')));
const work = mkdtempSync(join(tmpdir(), 'charte-import-'));

async function importAndValidate(input) {
  const output = join(work, `${Math.random().toString(36).slice(2)}.charte.json`);
  const result = await runCharte(['import', input, '-o', output]);
  assert.equal(result.code, 0, result.stderr);
  const document = JSON.parse(readFileSync(output, 'utf8'));
  assert.ok(validate(document), JSON.stringify(validate.errors));
  return document;
}

// The seed is shared real-world data beside the checkout: a clone alone skips it.
const seed = join(shared, 'seeds/charte-cookies-anru.txt');
test('the seed charter', { skip: !existsSync(seed) && `${seed} is absent` }, async () => {
  const document = await importAndValidate(seed);
  assert.deepEqual(document.cookies.map((c) => c.name),
    ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']);
});

test('a CSV inventory with an unreadable lifetime', async () => {
  const csv = join(work, 'inventaire.csv');
  writeFileSync(csv, Buffer.from('Nom du cookie;Prestataire;Finalit\xe9;Dur\xe9e\r\nsid;Acme;Connexion;Persistant\r\n', 'latin1'));
  const document = await importAndValidate(csv);
  assert.equal(document.cookies[0].unparsed.lifetime, 'Persistant');
});

test('an HTML page', async () => {
  const html = join(work, 'cookies.html');
  writeFileSync(html, '<html lang="en"><body><h2>Analytics cookies</h2><table><tr><th>Cookie</th>' +
    '<th>Provider</th><th>Expiry</th></tr><tr><td>_pk_id</td><td>Matomo</td><td>13 months</td></tr></table></body></html>');
  const document = await importAndValidate(html);
  assert.equal(document.cookies[0].category, 'statistics');
  assert.equal(document.meta.defaultLanguage, 'en');
});
