// Housing First-guiden service worker: keeps the build so the app opens and
// works offline after the first visit. The lists and version are written by
// tools/post-build.mjs at build time. A new version waits until the page asks
// it to take over (the page shows "En ny version er klar").
//
// How much it keeps is the page's call (src/ui/pwa.rs), after the first page
// has loaded:
// - "precache-all": every file of the build, so every area works offline
//   (the facilitator's and the coordinator's devices);
// - { keep: [urls] }: only the files that page loaded, so it reopens offline
//   (a participant's phone opening an invitation, or any device that asked
//   to save data): nothing more is pulled over mobile data.
// Installing keeps the files every page needs (CORE); a new version on a
// device that kept everything keeps everything before it says it is ready.
const VERSION = '__VERSION__';
const CORE = __CORE__;
const ALL = __PRECACHE__;
/** Each area's modules in one file, for a deep link's first visit (tools/build-wasm.mjs). */
const FIRST_VISIT = __FIRST_VISIT__;
const CACHE = `hfg-${VERSION}`;
/** Stored in a cache that holds every file (not a file of the build). */
const FULL_MARK = './__hfg-kept-everything';

async function keptEverythingBefore() {
  const keys = (await caches.keys()).filter((k) => k.startsWith('hfg-') && k !== CACHE);
  for (const k of keys) if (await (await caches.open(k)).match(FULL_MARK)) return true;
  return false;
}

async function keepAll(cache) {
  await cache.addAll(ALL);
  await cache.put(FULL_MARK, new Response('1'));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      if (await keptEverythingBefore()) await keepAll(cache);
      else await cache.addAll(CORE);
    })(),
  );
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
  const data = event.data;
  if (data === 'skip-waiting') {
    self.skipWaiting();
    return;
  }
  const reply = (answer) => event.source && event.source.postMessage(answer);
  if (data === 'precache-all') {
    event.waitUntil(
      caches
        .open(CACHE)
        .then(keepAll)
        .then(() => reply('precached-all'), () => reply('precache-failed')),
    );
  } else if (data && Array.isArray(data.keep)) {
    // Only files of this build, never anything else the page names.
    const href = (u) => new URL(u, self.location).href;
    const known = new Set(ALL.map(href));
    const firsts = new Set(FIRST_VISIT.map(href));
    const named = data.keep.map(href);
    const urls = named.filter((u) => known.has(u));
    event.waitUntil(
      caches
        .open(CACHE)
        .then((c) => Promise.all([c.addAll(urls), ...named.filter((u) => firsts.has(u)).map((u) => keepModulesOf(c, u))]))
        .then(() => reply('precached-page'), () => reply('precache-failed')),
    );
  }
});

/** Keeps each module of a first visit's file under its own address, as the
 *  split loader asks for it on the next start. The page has just loaded the
 *  file, so it comes from the browser's HTTP cache, not over the network.
 *  The format: a little-endian u32 n, n bytes of JSON [[file, size], …], then
 *  the files one after another. */
async function keepModulesOf(cache, url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const buf = await res.arrayBuffer();
  const n = new DataView(buf).getUint32(0, true);
  let at = 4 + n;
  const puts = [];
  for (const [file, size] of JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)))) {
    const body = buf.slice(at, at + size);
    at += size;
    puts.push(cache.put(new URL(file, url).href, new Response(body, { headers: { 'Content-Type': 'application/wasm' } })));
  }
  await Promise.all(puts);
}

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
