#!/usr/bin/env node
/**
 * lit-analyzer's CLI with TypeScript 5.9. lit-analyzer calls require('typescript') without
 * declaring the dependency, so npm hoists it to node_modules/lit-analyzer, where that require
 * finds the project's TypeScript 7, which has no JavaScript API. This sends exactly the
 * requests that would get TypeScript 7 to the TypeScript 5.9 of this workspace instead, then
 * runs the CLI with the same arguments.
 */
const Module = require('node:module');
const path = require('node:path');

const typescript5 = require.resolve('typescript');
const typescript7 = (() => {
  try {
    return require.resolve('typescript', {paths: [path.dirname(require.resolve('lit-analyzer/package.json'))]});
  } catch {
    return undefined;
  }
})();

if (typescript7 && typescript7 !== typescript5) {
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const resolved = resolveFilename.call(this, request, ...rest);
    return resolved === typescript7 ? typescript5 : resolved;
  };
}

require('lit-analyzer/cli.js');
