/// The area's map: Leaflet (Debian's libjs-leaflet, from this server) draws our own vectors,
/// the outline, the route in walking order and the numbered stops coloured by state; there is
/// no tile layer, so the map needs nothing from another host.
enum PhoneMap {
    static let script = """
        (function () {
          var box = document.getElementById('map');
          if (!box || !window.L) return;
          var map = L.map(box, {zoomControl: true, attributionControl: false, zoomSnap: 0.25, maxZoom: 21});
          fetch(box.dataset.src, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (data) {
            var ll = function (p) { return [p[1], p[0]]; };
            var layers = [];
            data.outline.forEach(function (polygon) {
              layers.push(L.polygon(polygon.map(function (ring) { return ring.map(ll); }),
                {color: '#333', weight: 2, fillColor: '#9ec5fe', fillOpacity: 0.35}).addTo(map));
            });
            if (data.route.length > 1) {
              layers.push(L.polyline(data.route.map(ll), {color: '#1a56db', weight: 4, opacity: 0.9}).addTo(map));
            }
            data.stops.forEach(function (stop) {
              var cls = 'stop-label ' + stop.state + (stop.next ? ' next' : '');
              var size = stop.next ? 32 : 26;
              var icon = L.divIcon({className: '', html: '<div class="' + cls + '">' + stop.number + '</div>', iconSize: [size, size], iconAnchor: [size / 2, size / 2]});
              var marker = L.marker(ll(stop.at), {icon: icon, zIndexOffset: stop.next ? 1000 : 0}).addTo(map);
              marker.on('click', function () { location.href = '?stop=' + stop.number + '#aktuell'; });
              layers.push(marker);
            });
            var group = L.featureGroup(layers);
            if (layers.length) map.fitBounds(group.getBounds(), {padding: [16, 16]});
          });
        })();

        """
}
