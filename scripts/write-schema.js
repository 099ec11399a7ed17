#!/usr/bin/env node
/**
 * Writes session.schema.json from src/contract/session-schema.ts, the one definition of
 * the data contract, with the descriptions of src/contract/session-schema-docs.ts. With
 * --check, fails instead when the committed file is stale.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';

const target = new URL('../session.schema.json', import.meta.url);
const {outputFiles} = await build({
  entryPoints: [new URL('../src/contract/session-schema-docs.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const json = JSON.stringify(module.describedSessionSchema(), null, 2) + '\n';

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // No committed file yet: '' differs from any schema, so the check below fails.
  }
  if (committed !== json) {
    console.error('session.schema.json is stale against src/contract/session-schema.ts: run npm run schema');
    process.exit(1);
  }
  console.log('session.schema.json matches src/contract/session-schema.ts');
} else {
  writeFileSync(target, json);
  console.log('wrote session.schema.json');
}
