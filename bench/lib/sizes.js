/** Transfer sizes of the CDN files: gzip level 9 and brotli quality 11, as published. */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import zlib from 'node:zlib';
import {CDN_FILE, PEER_FILE, root} from './settings.js';

const read = (file) => readFileSync(join(root, file));
export const gzipSize = (bytes) => zlib.gzipSync(bytes, {level: 9}).length;
const brotliSize = (bytes) =>
  zlib.brotliCompressSync(bytes, {
    params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length},
  }).length;

/** Raw, gzip and brotli sizes of a file of the project. */
export function fileSizes(file) {
  const bytes = read(file);
  return {file, raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes)};
}

export const cdnSizes = () => ({card: fileSizes(CDN_FILE), peer: fileSizes(PEER_FILE)});

/** The peer's file minified (it is published unminified), for a like-for-like note. */
export async function peerMinified() {
  const {transform} = await import('esbuild');
  const {code} = await transform(read(PEER_FILE).toString('utf8'), {minify: true, loader: 'js'});
  const bytes = Buffer.from(code);
  return {raw: bytes.length, gzip: gzipSize(bytes)};
}
