/// The phone's queue of ticks: each tick gets its own random id and the phone's time, goes
/// into the phone's storage first, shows on the page at once, and is sent when there is a
/// connection, oldest first. The server records an id once, so sending again after a lost
/// answer changes nothing. Until sent, the page says "N inte skickade". Reloaded with no
/// signal (the service worker's copy of the page), the page lays the queued ticks over it.
enum TickQueue {
    static let script = """
        (function () {
          var base = document.body.dataset.base;
          if (!base) return;
          var words = JSON.parse(document.body.dataset.words || '{}');
          if ('serviceWorker' in navigator) {
            navigator.serviceWorker.register(base + '/sw.js', {scope: base}).catch(function () {});
          }
          var KEY = 'utdelning-kö ' + base;
          var unsent = document.getElementById('unsent');
          var refusedLine = document.getElementById('refused');
          var sending = false;

          function queue() {
            try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
          }
          function keep(ticks) { localStorage.setItem(KEY, JSON.stringify(ticks)); }
          function showQueue() {
            var n = queue().length;
            unsent.hidden = n === 0;
            unsent.textContent = n + ' ' + words.unsent;
          }
          function newID() {
            var bytes = new Uint8Array(15);
            crypto.getRandomValues(bytes);
            return 'p' + btoa(String.fromCharCode.apply(null, bytes)).replace(/[+]/g, '-').replace(/[/]/g, '_');
          }

          // Oldest first, one at a time; a refusal (the sheet was re-planned, the link closed)
          // leaves the queue with its reason on the page, a lost connection keeps it there.
          function send() {
            var ticks = queue();
            if (sending || !ticks.length) { showQueue(); return; }
            sending = true;
            var tick = ticks[0];
            var body = JSON.stringify({version: Number(tick.version), stop: Number(tick.stop), action: tick.action, report: tick.id, at: tick.at});
            fetch(tick.url, {method: 'POST', credentials: 'same-origin', body: body,
                             headers: {'Accept': 'application/json', 'Content-Type': 'application/json'}})
              .then(function (r) {
                if (r.ok) return null;
                if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429) return r.text();
                throw new Error('server ' + r.status);
              })
              .then(function (refusal) {
                keep(queue().filter(function (t) { return t.id !== tick.id; }));
                if (refusal !== null) {
                  refusedLine.hidden = false;
                  refusedLine.textContent = words.stop + ' ' + tick.stop + ' ' + words.notSaved + ': ' + refusal;
                }
                sending = false;
                if (queue().length) { send(); } else { showQueue(); refreshCopy(); }
              })
              .catch(function () { sending = false; showQueue(); });
          }

          // Once all is sent, the offline copy of this page is asked for afresh.
          function refreshCopy() {
            fetch(location.pathname, {credentials: 'same-origin'}).catch(function () {});
          }

          window.addEventListener('online', send);
          setInterval(send, 15000);

          var list = document.querySelector('ol.stops');
          var current = document.getElementById('aktuell');
          if (list && current) area(list, current);
          showQueue();
          send();

          function area(list, current) {
            var form = current.querySelector('form');
            var finished = document.querySelector('.finished');
            var areaID = list.dataset.area, version = list.dataset.version;
            var labels = {open: words.open, delivered: words.delivered};
            var reasons = {};
            current.querySelectorAll('.reason').forEach(function (b) { reasons[b.value] = b.textContent; });
            function item(n) { return list.querySelector('li[data-number="' + n + '"]'); }
            function items() { return Array.prototype.slice.call(list.querySelectorAll('li')); }
            function state(li) { return li.classList.contains('delivered') ? 'delivered' : li.classList.contains('skipped') ? 'skipped' : 'open'; }

            function apply(tick) {
              var li = item(tick.stop);
              if (!li) return;
              var next = tick.action === 'delivered' ? 'delivered' : tick.action === 'undo' ? 'open' : 'skipped';
              li.className = next;
              li.querySelector('.state').textContent = next === 'skipped' ? words.skipped + ': ' + (reasons[tick.action] || '').toLowerCase() : labels[next];
            }

            function figures() {
              var all = items(), done = 0, total = 0, open = 0;
              all.forEach(function (li) {
                var papers = Number(li.dataset.papers);
                total += papers;
                if (state(li) === 'delivered') done += papers;
                if (state(li) === 'open') open += 1;
              });
              document.getElementById('done').textContent = done;
              document.getElementById('bar').value = done;
              document.getElementById('left').textContent = all.length ? Math.ceil(Number(list.dataset.minutes) * open / all.length) : 0;
            }

            function show(n) {
              var li = item(n);
              if (!li) return;
              var reported = state(li) !== 'open';
              current.hidden = false;
              finished.hidden = true;
              current.querySelector('.number').textContent = n;
              current.querySelector('.address').textContent = li.querySelector('.address').textContent;
              var papers = Number(li.dataset.papers);
              current.querySelector('.count').textContent = papers + ' ' + (papers === 1 ? words.paper : words.papers);
              var deliver = current.querySelector('.deliver');
              deliver.textContent = papers > 1 ? deliver.dataset.entrance : deliver.dataset.one;
              current.querySelector('.state').textContent = li.querySelector('.state').textContent;
              form.elements.stop.value = n;
              current.querySelector('.ask').hidden = reported;
              current.querySelector('.undo').hidden = !reported;
              var skip = current.querySelector('details');
              if (skip) skip.open = false;
              document.dispatchEvent(new CustomEvent('stops-changed', {detail: {next: n}}));
            }

            // The next stop with no report after n, going round; none left: the area is done.
            function advance(n) {
              var all = items(), start = all.indexOf(item(n));
              for (var i = 1; i <= all.length; i++) {
                var li = all[(start + i) % all.length];
                if (state(li) === 'open') { show(Number(li.dataset.number)); return; }
              }
              current.hidden = true;
              finished.hidden = false;
              document.dispatchEvent(new CustomEvent('stops-changed', {detail: {next: null}}));
            }

            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var action = event.submitter && event.submitter.value;
              if (!action) return;
              var n = Number(form.elements.stop.value);
              var tick = {id: newID(), url: form.getAttribute('action'), area: areaID, version: version, stop: n, action: action, at: Date.now()};
              var ticks = queue();
              ticks.push(tick);
              keep(ticks);
              apply(tick);
              figures();
              if (action === 'undo') show(n); else advance(n);
              send();
            });

            list.addEventListener('click', function (event) {
              var li = event.target.closest('li');
              if (!li) return;
              event.preventDefault();
              show(Number(li.dataset.number));
              current.scrollIntoView({behavior: 'smooth'});
            });

            // The page may be an older copy: lay this area's unsent ticks over it.
            var mine = queue().filter(function (t) { return t.area === areaID && t.version === version; });
            mine.forEach(apply);
            figures();
            var asked = Number(new URLSearchParams(location.search).get('stop'));
            var shown = Number(form.elements.stop.value);
            if (asked && item(asked)) show(asked);
            else if (current.hidden) document.dispatchEvent(new CustomEvent('stops-changed', {detail: {next: null}}));
            else if (state(item(shown)) !== 'open' && mine.length) advance(shown);
            else show(shown);
          }
        })();

        """
}
