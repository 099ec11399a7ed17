/**
 * A static file server on a free loopback port, for the scripts that drive Chromium
 * (screenshots, the consumer check, the benchmarks). `extraRoutes` maps a path to a
 * generated `{type, body}`; `/` and paths ending in `/` serve their index.html.
 */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};

/** Resolves to `{server, origin}` once listening. */
export function serveDirectory(directory, extraRoutes = new Map()) {
  const root = resolve(directory);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const extra = extraRoutes.get(pathname);
    if (extra) return response.writeHead(200, {'content-type': extra.type}).end(extra.body);
    const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!path.startsWith(root)) return response.writeHead(403).end();
    let body;
    try {
      body = await readFile(path);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'}).end(body);
  }).listen(0, '127.0.0.1');
  return new Promise((done) =>
    server.once('listening', () => done({server, origin: `http://127.0.0.1:${server.address().port}`}))
  );
}
