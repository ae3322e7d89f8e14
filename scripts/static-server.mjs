// A small static file server for the page, bound to 127.0.0.1 only.
//   node scripts/static-server.mjs [dir] [port]     (port 0: any free port)
// Serves .wasm as application/wasm (streaming compilation), answers
// /favicon.ico with 204, never lists directories, and prints the URL.
// Used by scripts/serve and by the browser tests. `prefix` serves the folder
// under a sub-path ('/shop/reports/': a static host's sub-folder).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function startServer(root, port = 0, host = '127.0.0.1', prefix = '/') {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (prefix !== '/') {
      if (!rel.startsWith(prefix)) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      rel = rel.slice(prefix.length - 1);
    }
    if (rel === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep) && file !== base) { res.writeHead(403); res.end(); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      // The chosen port is taken: take any free one rather than fail.
      if (err.code === 'EADDRINUSE' && port !== 0) resolve(startServer(root, 0, host, prefix));
      else reject(err);
    });
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}${prefix}` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'build/web';
  const port = Number(process.argv[3] || 8080);
  const { url } = await startServer(root, port);
  console.log(`starcart is served at ${url}  (demo: ${url}#demo)`);
  console.log('Press Ctrl+C to stop.');
}
