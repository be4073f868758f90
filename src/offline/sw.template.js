// Statement Atlas service worker: keeps the whole atlas (app and open data)
// for offline use after one visit. The build fills in VERSION and FILES; a new
// deployment changes them, so the browser installs the new worker.
//
// A deployment must not break a page that is open (a classroom's tabs stay
// open through a lesson): each version's files are kept in a cache of their
// own, the worker records which version each page was loaded with, answers a
// page's requests from its own version's cache, and deletes a version's
// cache only once no open page runs it.
const VERSION = '__VERSION__';
const FILES = __FILES__;
/** Files kept when a page first asks for them, not at install: the New atlas view's gazetteer, which a reader of the statement never needs. */
const ON_USE = new Set(__ON_USE__);
const PREFIX = 'statement-atlas-';
const CACHE = `${PREFIX}${VERSION}`;
/** Which version each open page runs: one entry per page, `<version> <time recorded>`. Not a version cache (no PREFIX). */
const PAGES = 'statement-atlas:pages';
// Every tile with something in it is in FILES; the build leaves the empty ones out.
const TILES = new Set(FILES.filter((f) => f.startsWith('./data/tiles/')));
const EMPTY_TILE = () => new Response(new Uint8Array(0), { headers: { 'Content-Type': 'application/x-protobuf' } });
/** A record younger than this is kept even if its page is not listed yet (a page being loaded is not a client until it commits). */
const RECORD_GRACE_MS = 60_000;

const scope = () => new URL(self.registration.scope);
/** The atlas's open pages: windows under the worker's scope (other pages of the same site are none of its business). */
const atlasPages = async () =>
  (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).filter((p) => p.url.startsWith(self.registration.scope));
const pageKey = (id) => new URL(`./__page/${encodeURIComponent(id)}`, scope()).href;
/** Records read or written by this instance (a worker may be stopped at any time: the cache is the truth). */
const known = new Map();

async function recordPage(id, version) {
  if (!id) return;
  known.set(id, version);
  await (await caches.open(PAGES)).put(pageKey(id), new Response(`${version} ${Date.now()}`));
}

/** The version a page runs, or null when it is not known (a page loaded before any worker, or by one that kept no record). */
async function versionOf(id) {
  if (!id) return null;
  if (known.has(id)) return known.get(id);
  const hit = await caches.match(pageKey(id), { cacheName: PAGES });
  const version = hit ? (await hit.text()).split(' ')[0] : null;
  if (version) known.set(id, version);
  return version;
}

/**
 * Deletes the caches of versions no open page runs, and the records of
 * pages that are gone. A page whose version is not known may need any
 * version: while one is open, nothing is deleted.
 */
let lastTidy = 0;
async function tidy() {
  lastTidy = Date.now();
  const pages = await atlasPages();
  const open = new Set(pages.map((p) => p.id));
  const records = await caches.open(PAGES);
  for (const request of await records.keys()) {
    const id = decodeURIComponent(request.url.slice(request.url.lastIndexOf('/') + 1));
    const at = Number((await (await records.match(request)).text()).split(' ')[1]);
    if (!open.has(id) && Date.now() - at > RECORD_GRACE_MS) {
      known.delete(id);
      await records.delete(request);
    }
  }
  const versions = await Promise.all(pages.map((p) => versionOf(p.id)));
  if (versions.includes(null)) return;
  const kept = new Set([CACHE, ...versions.map((v) => `${PREFIX}${v}`)]);
  for (const key of await caches.keys()) if (key.startsWith(PREFIX) && !kept.has(key)) await caches.delete(key);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The first version installed: the pages open now were loaded from the network, as this version.
      const others = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
      if (others.length === 0) {
        const pages = await atlasPages();
        await Promise.all(pages.map(async (p) => (await versionOf(p.id)) ?? recordPage(p.id, VERSION)));
      }
      await tidy();
      await self.clients.claim();
    })(),
  );
});

/** A request's answer: from the cache of the version its page runs, else this version's, else any, else the network. */
async function answer(request, key, version, navigate) {
  // ignoreVary: servers send "Vary: Origin", and module scripts are requested with an Origin header.
  const options = { ignoreSearch: navigate, ignoreVary: true };
  for (const cacheName of new Set([`${PREFIX}${version}`, CACHE])) {
    const hit = await caches.match(key, { ...options, cacheName });
    if (hit) return hit;
  }
  return (await caches.match(key, options)) ?? fetch(request);
}

/** A file kept on first use: from this version's cache, else the network, kept there for the next time (offline too). */
async function keptOnUse(request, key) {
  const hit = await caches.match(key, { ignoreVary: true, cacheName: CACHE });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The atlas's own page: the cached app shell, whatever the query (?region=…,
  // ?tour=…). Other pages (the static ones under data/static) are themselves.
  const url = new URL(request.url);
  const root = scope().pathname;
  const navigate = request.mode === 'navigate';
  const isShell = navigate && (url.pathname === root || url.pathname === `${root}index.html`);
  const key = isShell ? new URL('./index.html', self.registration.scope).href : request;
  // A tile the build found empty (open sea): answered here, online or not.
  const relative = url.pathname.startsWith(root) ? `./${url.pathname.slice(root.length)}` : '';
  if (relative.startsWith('./data/tiles/') && !TILES.has(relative)) return event.respondWith(EMPTY_TILE());
  if (ON_USE.has(relative)) return event.respondWith(keptOnUse(request, key));
  if (navigate) {
    // A page loaded now runs this version, until it is closed or reloaded.
    event.respondWith(answer(request, key, VERSION, true));
    event.waitUntil(recordPage(event.resultingClientId, VERSION).then(tidy));
    return;
  }
  event.respondWith(versionOf(event.clientId).then((version) => answer(request, key, version ?? VERSION, false)));
  // A page closed or reloaded since the last look may have been the last to run an old version.
  if (Date.now() - lastTidy > 2000) event.waitUntil(tidy());
});
