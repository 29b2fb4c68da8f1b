// A small static file server (the benchmark, and the build's prerendering): loopback only,
// optionally gzip like docs/nginx.conf (transfer sizes are measured raw and compressed separately), ETag and
// Last-Modified like a plain static host (a reload revalidates), correct MIME types
// (application/wasm for .wasm, so streaming compilation works).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/** Types a host compresses (docs/nginx.conf's gzip_types, plus HTML and JS). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|wasm|json|manifest\+json|octet-stream)|image\/svg)/;

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port). With `{ gzip: true }`
 * it compresses like the nginx set-up in docs/hosting.md (gzip, when the
 * browser accepts it). Resolves to { url, close() }.
 */
export function serve(root, port, { gzip = false } = {}) {
  const base = resolve(root);
  const zipped = new Map(); // file + etag → gzip bytes, compressed once
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let st;
    try {
      st = statSync(file);
      if (st.isDirectory()) {
        file = join(file, 'index.html');
        st = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // Validators like any static host: a reload revalidates and gets 304.
    const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      'last-modified': new Date(st.mtimeMs).toUTCString(),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (gzip && COMPRESSIBLE.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const key = file + etag;
      if (!zipped.has(key)) zipped.set(key, gzipSync(readFileSync(file), { level: 6 }));
      const body = zipped.get(key);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': st.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok({
        // Port 0 asks the system for a free one.
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
