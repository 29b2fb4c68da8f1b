// Housing First-guiden service worker: precaches the build so the app opens
// and works offline after the first visit. The list and version are written
// by tools/post-build.mjs at build time. A new version waits until the page
// asks it to take over (the page shows "En ny version er klar").
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `hfg-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('hfg-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Routes live in the fragment, so every page is index.html.
    event.respondWith(
      fetch(req).catch(() => caches.open(CACHE).then((c) => c.match('./index.html').then((r) => r || c.match('./')))),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req).then((hit) => hit || fetch(req))));
});
