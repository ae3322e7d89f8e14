// starcart's service worker (hosted build): keeps the page's four files, and
// the state maps' shapes the Geography tab fetches when it needs them, so a
// second visit works offline. Paths are relative to the worker's own folder,
// so the page works under any sub-path. One cache per version; a new version
// is installed beside the old one, takes over once installed (every page has
// loaded all its files at boot and fetches nothing later), and the old cache
// is deleted. Requests to other origins are never made by the page (CSP) and
// are not touched here.
'use strict';
const VERSION = '__STARCART_VERSION__';
const CACHE = 'starcart-' + VERSION;
const FILES = ['./', 'index.html', 'index.js', 'index.wasm', 'states-us.bin', 'states-br.bin'];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE)
    .then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((k) => k.startsWith('starcart-') && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  e.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req))));
});
