/// The board's page live: board.json every 20 seconds (a poll, not server-sent events: one
/// request a reader per 20 s is nothing for the server, it passes every proxy, and a laptop
/// waking from sleep simply gets the next answer), its figures written into the page without
/// a reload; the map (Leaflet from this server, our own vectors, no tiles) coloured by status.
/// Words and colours come from the page itself, so each lives in one place.
enum BoardScript {
    static let script = """
        (function () {
          var box = document.getElementById('board');
          if (!box) return;
          var everyMilliseconds = 20000;
          // A volunteer's colour comes with the page (the policy allows no inline style): set it first.
          document.querySelectorAll('.swatch[data-fill]').forEach(function (swatch) { swatch.style.backgroundColor = swatch.dataset.fill; });
          // The legend holds each status's word and colour (board.css): the map takes both from it.
          var colours = {}, labels = {};
          document.querySelectorAll('.legend li').forEach(function (li) {
            var swatch = li.querySelector('.swatch'), status = swatch.classList[1];
            labels[status] = li.textContent;
            colours[status] = getComputedStyle(swatch).backgroundColor;
          });
          var statuses = {}, balances = {}, shapes = {}, map = null, chartKey = null;
          // The console's switch: colour by status (the default), by the plan's balance, or by volunteer.
          var colourBy = document.getElementById('colour-by');
          // Who holds each area, from the volunteers' legend (the coordinator's page alone has it).
          var holders = {};
          document.querySelectorAll('.legend li[data-areas]').forEach(function (li) {
            var key = li.querySelector('.swatch').classList[1];
            li.dataset.areas.split(' ').forEach(function (id) { if (id) holders[id] = key; });
          });

          // As the server writes them: "57,3 %", "1 234 av 2 345 hushåll".
          function percent(f) { return (f * 100).toFixed(1).replace('.', ',') + ' %'; }
          function grouped(n) { return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, '\\u00a0'); }
          function figures(done, all) { return grouped(done) + ' av ' + grouped(all) + ' hushåll'; }
          function text(id, value) { var e = document.getElementById(id); if (e) e.textContent = value; }
          function bar(element, done, all) { if (!element) return; element.max = Math.max(all, 1); element.value = done; }
          function group(status) { return status === 'planned' || status === 'assigned' ? 'not-started' : status; }

          function show(data) {
            var c = data.coverage;
            text('percent', percent(c.coverage));
            text('figures', figures(c.delivered, c.households));
            text('forecast', data.forecastLine);
            text('updated', data.updatedLine);
            bar(document.getElementById('bar'), c.delivered, c.households);
            var rows = {};
            document.querySelectorAll('[data-association]').forEach(function (li) { rows[li.dataset.association] = li; });
            c.associations.forEach(function (a) {
              var row = rows[a.name];
              if (!row) return;
              row.querySelector('.percent').textContent = percent(a.coverage);
              row.querySelector('.figures').textContent = figures(a.delivered, a.households);
              bar(row.querySelector('progress'), a.delivered, a.households);
            });
            document.querySelectorAll('[data-reason]').forEach(function (li) {
              li.querySelector('.count').textContent = grouped(c.skippedByReason[li.dataset.reason] || 0);
            });
            statuses = {};
            c.areas.forEach(function (a) { statuses[a.id] = group(a.status); });
            paint();
            // The chart is drawn anew only when what it shows has changed.
            var key = c.delivered + '-' + c.forecast.completeOn;
            if (chartKey !== null && key !== chartKey) {
              var version = 'v=' + encodeURIComponent(key);
              var narrow = document.getElementById('progress-narrow'), chart = document.getElementById('progress');
              if (narrow) narrow.srcset = narrow.srcset.split('?')[0] + '?narrow=1&' + version;
              if (chart) chart.src = chart.src.split('?')[0] + '?' + version;
            }
            chartKey = key;
          }

          function poll() {
            fetch(box.dataset.src, {cache: 'no-store', credentials: 'same-origin'}).then(function (r) {
              // A link revoked or run out while the page is open: the server's page says so.
              if (r.status === 404 || r.status === 410) { location.reload(); return null; }
              if (!r.ok) throw new Error(r.status);
              return r.json();
            }).then(function (data) {
              if (!data) return;
              document.body.classList.remove('stale');
              show(data);
            }).catch(function () { document.body.classList.add('stale'); });
          }

          function paint() {
            var by = colourBy ? colourBy.value : 'status';
            Object.keys(shapes).forEach(function (id) {
              var key = by === 'balance' ? 'balance-' + balances[id] : by === 'volunteer' ? (holders[id] || 'volunteer-none') : (statuses[id] || 'not-started');
              shapes[id].setStyle({color: colours[key]});
              shapes[id].setTooltipContent(shapes[id].options.name + ' · ' + (labels[key] || key));
            });
          }
          if (colourBy) colourBy.addEventListener('change', function () {
            document.querySelectorAll('.legend[data-colour]').forEach(function (legend) { legend.hidden = legend.dataset.colour !== colourBy.value; });
            paint();
          });

          // An area is the ground within corridorMeters of its route, as on the printed maps:
          // a stroke that wide in metres at every zoom, over a darker casing.
          var mapBox = document.getElementById('map');
          if (mapBox && window.L) {
            map = L.map(mapBox, {attributionControl: false, zoomSnap: 0.25, maxZoom: 19});
            var casings = [], corridor = 30;
            var pixels = function (meters) {
              var metersPerPixel = 40075016.686 * Math.cos(map.getCenter().lat * Math.PI / 180) / Math.pow(2, map.getZoom() + 8);
              return Math.max(3, 2 * meters / metersPerPixel);
            };
            var widen = function () {
              var weight = pixels(corridor);
              casings.forEach(function (c) { c.setStyle({weight: weight + 2}); });
              Object.keys(shapes).forEach(function (id) { shapes[id].setStyle({weight: weight}); });
            };
            fetch(mapBox.dataset.src, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (data) {
              var ll = function (p) { return [p[1], p[0]]; };
              corridor = data.corridorMeters;
              data.roads.forEach(function (road) {
                L.polyline(road.map(ll), {color: '#9a9a9a', weight: 2, opacity: 0.8, interactive: false}).addTo(map);
              });
              var layers = [];
              data.areas.forEach(function (area) {
                var line = area.line.map(ll);
                var style = {lineCap: 'round', lineJoin: 'round', interactive: false};
                casings.push(L.polyline(line, Object.assign({color: '#333', opacity: 0.8}, style)).addTo(map));
                layers.push(casings[casings.length - 1]);
              });
              data.areas.forEach(function (area) {
                balances[area.id] = area.balance;
                var name = 'Område ' + area.id + ' · ' + area.association;
                var shape = L.polyline(area.line.map(ll), {name: name, color: colours['not-started'], opacity: 1, lineCap: 'round', lineJoin: 'round'});
                shape.bindTooltip(name, {sticky: true});
                // The coordinator's map opens the area's page.
                if (mapBox.dataset.link) shape.on('click', function () { location.href = mapBox.dataset.link + area.id; });
                shapes[area.id] = shape.addTo(map);
              });
              // The whole district in view, again when the page's width changes (a scroll bar
              // appearing, a phone turned) unless the reader has moved the map since.
              var moved = false, fitting = false;
              var fit = function () {
                if (!layers.length || moved) return;
                fitting = true;
                map.fitBounds(L.featureGroup(layers).getBounds(), {padding: [16, 16], animate: false});
                fitting = false;
              };
              fit();
              map.on('movestart', function () { if (!fitting) moved = true; });
              map.on('resize', fit);
              map.on('zoomend', widen);
              widen();
              paint();
            });
          }

          poll();
          setInterval(poll, everyMilliseconds);
        })();

        """
}
