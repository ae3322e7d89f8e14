// starcart's service worker (hosted build): keeps the page's four files so a
// second visit works offline, and the state maps' shapes once the Geography
// tab has fetched them (not before: they are not part of the page's download,
// which has a 1 MB budget, and most shops never need them). Paths are
// relative to the worker's own folder, so the page works under any sub-path.
// One cache per version; a new version is installed beside the old one,
// takes over once installed (every page has loaded all its files at boot;
// the shapes are fetched again from the new version when needed), and the
// old cache is deleted. Requests to other origins are never made by the page
// (CSP) and are not touched here.
'use strict';
const VERSION = '__STARCART_VERSION__';
const CACHE = 'starcart-' + VERSION;
const FILES = ['./', 'index.html', 'index.js', 'index.wasm'];
const ON_DEMAND = /\/states-[a-z]+\.bin$/;  // kept once fetched

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
  e.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((hit) => {
    if (hit) return hit;
    return fetch(req).then((res) => {
      if (res.ok && ON_DEMAND.test(new URL(req.url).pathname)) c.put(req, res.clone());
      return res;
    });
  })));
});
