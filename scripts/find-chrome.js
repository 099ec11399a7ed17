#!/usr/bin/env node
/**
 * Finds a Chromium or Chrome: $CHROME_PATH, Debian's /usr/bin/chromium, then the usual
 * places Chrome is installed (see find-browsers.js, which also finds Firefox).
 * Run directly, it prints the path, or how to get a browser and exits 1.
 */
import {pathToFileURL} from 'node:url';
import {findChrome, HOW_TO_GET_CHROME} from './find-browsers.js';

export {CHROME_ARGS, findChrome, HOW_TO_GET_CHROME} from './find-browsers.js';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const path = findChrome();
    if (path) console.log(path);
    else {
      console.error(HOW_TO_GET_CHROME);
      process.exit(1);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
