// Statement Atlas service worker: keeps the whole atlas (app and open data)
// for offline use after one visit. The build fills in VERSION and FILES; a new
// deployment changes them, so the browser installs the new worker and the old
// cache is dropped.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `statement-atlas-${VERSION}`;
// Every tile with something in it is in FILES; the build leaves the empty ones out.
const TILES = new Set(FILES.filter((f) => f.startsWith('./data/tiles/')));
const EMPTY_TILE = () => new Response(new Uint8Array(0), { headers: { 'Content-Type': 'application/x-protobuf' } });

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
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('statement-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The atlas's own page: the cached app shell, whatever the query (?region=…,
  // ?tour=…). Other pages (the static ones under data/static) are themselves.
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope).pathname;
  const isShell = request.mode === 'navigate' && (url.pathname === scope || url.pathname === `${scope}index.html`);
  const key = isShell ? new URL('./index.html', self.registration.scope).href : request;
  // A tile the build found empty (open sea): answered here, online or not.
  const relative = url.pathname.startsWith(scope) ? `./${url.pathname.slice(scope.length)}` : '';
  if (relative.startsWith('./data/tiles/') && !TILES.has(relative)) return event.respondWith(EMPTY_TILE());
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      // ignoreVary: servers send "Vary: Origin", and module scripts are requested with an Origin header.
      cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
