/// The area's map: Leaflet (Debian's libjs-leaflet, from this server) draws our own vectors,
/// the outline, the route in walking order and the numbered stops coloured by state; there is
/// no tile layer, so the map needs nothing from another host.
enum PhoneMap {
    static let script = """
        (function () {
          var box = document.getElementById('map');
          if (!box || !window.L) return;
          // The phone's pages give their words to the whole page (and its tick script); the
          // console's area page gives the map its own, on the map's element.
          var words = JSON.parse(document.body.dataset.words || '{}');
          words.whereAmI = words.whereAmI || box.dataset.whereAmI;
          words.noPosition = words.noPosition || box.dataset.noPosition;
          var map = L.map(box, {zoomControl: true, attributionControl: false, zoomSnap: 0.25, maxZoom: 21});
          // OpenStreetMap's images, when offered: off until the volunteer switches them on,
          // credited whenever shown; without a signal they simply do not come.
          if (box.dataset.tiles) {
            var tiles = L.tileLayer(box.dataset.tiles, {maxZoom: 19, attribution: '\(MapTiles.attribution)'});
            var named = {};
            named[box.dataset.tilesName] = tiles;
            L.control.layers(null, named, {collapsed: false, position: 'bottomleft'}).addTo(map);
            L.control.attribution({prefix: false}).addTo(map);
          }
          fetch(box.dataset.src, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (data) {
            var ll = function (p) { return [p[1], p[0]]; };
            var layers = [];
            // The streets around, beneath everything and outside the bounds the map fits to.
            data.streets.forEach(function (street) {
              L.polyline(street.map(ll), {color: '#8a8a8a', weight: 3, opacity: 0.7, interactive: false}).addTo(map);
            });
            data.outline.forEach(function (polygon) {
              layers.push(L.polygon(polygon.map(function (ring) { return ring.map(ll); }),
                {color: '#333', weight: 2, fillColor: '#9ec5fe', fillOpacity: 0.35}).addTo(map));
            });
            if (data.route.length > 1) {
              layers.push(L.polyline(data.route.map(ll), {color: '#1a56db', weight: 4, opacity: 0.9}).addTo(map));
            }
            data.stops.forEach(function (stop) {
              var marker = L.marker(ll(stop.at)).addTo(map);
              marker.on('click', function () { location.href = '?stop=' + stop.number + '#aktuell'; });
              markers[stop.number] = {marker: marker, state: stop.state};
              layers.push(marker);
            });
            var shown = document.querySelector('#aktuell:not([hidden]) .number');
            restyle(shown ? Number(shown.textContent) : null);
            var group = L.featureGroup(layers);
            if (layers.length) map.fitBounds(group.getBounds(), {padding: [16, 16]});
            arrows(data.route.map(ll));
          });

          // Each stop's colour: the list on the page says its state (the page's script may have
          // ticked it since map.json came), the stop at hand is the large blue one.
          var markers = {};
          function restyle(next) {
            Object.keys(markers).forEach(function (key) {
              var number = Number(key), entry = markers[key];
              var li = document.querySelector('ol.stops li[data-number="' + number + '"]');
              var state = li ? (li.classList.contains('delivered') ? 'delivered' : li.classList.contains('skipped') ? 'skipped' : 'open') : entry.state;
              var isNext = number === next, size = isNext ? 32 : 26;
              entry.marker.setIcon(L.divIcon({className: '', html: '<div class="stop-label ' + state + (isNext ? ' next' : '') + '">' + number + '</div>',
                                              iconSize: [size, size], iconAnchor: [size / 2, size / 2]}));
              entry.marker.setZIndexOffset(isNext ? 1000 : 0);
            });
          }
          document.addEventListener('stops-changed', function (event) { restyle(event.detail.next); });

          // The way to walk: an arrow every 80 m along the route, turned to the leg it sits on.
          // Turned through the element's style property: the page's policy forbids inline style.
          function arrows(route) {
            var step = 80, next = step / 2, walked = 0;
            for (var i = 1; i < route.length; i++) {
              var a = L.latLng(route[i - 1]), b = L.latLng(route[i]), leg = map.distance(a, b);
              while (leg > 0 && next <= walked + leg) {
                var t = (next - walked) / leg;
                var at = L.latLng(a.lat + (b.lat - a.lat) * t, a.lng + (b.lng - a.lng) * t);
                var p = map.project(a, 18), q = map.project(b, 18);
                var degrees = Math.atan2(q.y - p.y, q.x - p.x) * 180 / Math.PI;
                var marker = L.marker(at, {icon: L.divIcon({className: 'route-arrow', html: '<span>➜</span>', iconSize: [16, 16], iconAnchor: [8, 8]}), interactive: false, zIndexOffset: -1000}).addTo(map);
                marker.getElement().firstChild.style.transform = 'rotate(' + degrees + 'deg)';
                next += step;
              }
              walked += leg;
            }
          }

          // The phone's own position, only when asked: nothing is sent anywhere.
          var here = L.control({position: 'topright'});
          here.onAdd = function () {
            var button = L.DomUtil.create('button', 'locate');
            button.type = 'button';
            button.textContent = words.whereAmI || 'Var är jag?';
            L.DomEvent.on(button, 'click', function (e) { L.DomEvent.stop(e); map.locate({enableHighAccuracy: true}); });
            return button;
          };
          here.addTo(map);
          var me = null;
          map.on('locationfound', function (e) {
            if (me) map.removeLayer(me);
            me = L.circleMarker(e.latlng, {radius: 9, color: '#fff', weight: 3, fillColor: '#d00', fillOpacity: 1}).addTo(map);
            map.panTo(e.latlng);
          });
          map.on('locationerror', function () { here.getContainer().textContent = words.noPosition; });
        })();

        """
}
