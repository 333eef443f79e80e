/// The phone's offline copy of one link (a service worker, scoped to `/v/<token>`): on
/// install it keeps the pages and maps `offline.json` lists; pages are asked of the server
/// first and the kept copy is the answer when there is no signal (or none within 4 s); the
/// page files are answered from the copy. A link the server no longer knows (404) or has
/// closed (410) has its copy deleted: a revoked link leaves nothing readable on the phone.
enum ServiceWorker {
    static let script = """
        var scope = self.registration.scope.replace(/\\/$/, '');
        var CACHE = 'utdelning ' + scope;
        var WAIT_MS = 4000;

        self.addEventListener('install', function (event) {
          event.waitUntil(fetch(scope + '/offline.json', {credentials: 'same-origin'}).then(function (r) {
            if (!r.ok) throw new Error('offline.json ' + r.status);
            return r.json();
          }).then(function (copy) {
            return caches.open(CACHE).then(function (cache) {
              return cache.addAll(copy.urls).then(function () {
                return Promise.all(Object.keys(copy.redirects).map(function (from) {
                  return cache.put(new URL(from, self.location.origin).href, Response.redirect(new URL(copy.redirects[from], self.location.origin).href, 303));
                }));
              });
            });
          }).then(function () { return self.skipWaiting(); }));
        });

        self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

        function key(request) {
          var url = new URL(request.url);
          return url.origin + url.pathname;
        }

        function kept(request) {
          return caches.open(CACHE).then(function (cache) { return cache.match(key(request)); });
        }

        function fromServerFirst(request) {
          var asked = fetch(request).then(function (response) {
            if (response.status === 404 || response.status === 410) {
              caches.delete(CACHE);
            } else if (response.ok) {
              var copy = response.clone();
              caches.open(CACHE).then(function (cache) { cache.put(key(request), copy); });
            }
            return response;
          });
          var late = new Promise(function (resolve) {
            setTimeout(function () { kept(request).then(function (hit) { if (hit) resolve(hit); }); }, WAIT_MS);
          });
          var offline = asked.catch(function () {
            return kept(request).then(function (hit) {
              return hit || new Response('Ingen uppkoppling och ingen sparad kopia av sidan.', {status: 503, headers: {'Content-Type': 'text/plain; charset=utf-8'}});
            });
          });
          return Promise.race([offline, late]);
        }

        self.addEventListener('fetch', function (event) {
          var request = event.request;
          var url = new URL(request.url);
          if (request.method !== 'GET' || url.origin !== self.location.origin) return;
          if (url.pathname.indexOf('/static/') === 0) {
            event.respondWith(kept(request).then(function (hit) { return hit || fetch(request); }));
          } else if (url.pathname.indexOf(new URL(scope).pathname) === 0 && !/\\/sheet\\.pdf$/.test(url.pathname)) {
            event.respondWith(fromServerFirst(request));
          }
        });

        """
}
