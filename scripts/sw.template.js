// Trellis service worker, written into the release bundle by scripts/bundle.mjs, which fills
// in the build's version and file lists. Served no-cache (see _headers).
//  - install: precache every file of this build, the lazy chunks included;
//  - hashed files: cache-first (a new build has new names); other files and the page itself:
//    network-first, falling back to the cache, so every route opens offline after one visit;
//  - activate: remove the caches of older builds;
//  - a new version waits (no automatic skip-waiting) until the page's "Reload" asks for it.
const VERSION = "__VERSION__";
const HASHED = "__HASHED__";
const UNHASHED = "__UNHASHED__";
const CACHE = 'trellis-' + VERSION;
const PAGE = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([...HASHED, ...[PAGE, ...UNHASHED].map((u) => new Request(u, { cache: 'reload' }))]),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('trellis-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every route (/, /goal, /shared#…, a deep link) is the same page: index.html.
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, PAGE));
    return;
  }
  if (HASHED.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(request)));
    return;
  }
  if (UNHASHED.includes(url.pathname)) event.respondWith(networkFirst(request, url.pathname));
});
