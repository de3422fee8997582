// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// Validates JSON files against a JSON Schema (draft 2020-12) with ajv.
// Usage: node validate-schema.mjs SCHEMA FILE...   Exit 0 when every file is valid.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error('usage: node validate-schema.mjs SCHEMA FILE...');
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
let failures = 0;
for (const file of files) {
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) continue;
  failures++;
  for (const error of validate.errors)
    console.error(`${file}: ${error.instancePath || '/'} ${error.message}`);
}
console.log(`${files.length - failures} valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
