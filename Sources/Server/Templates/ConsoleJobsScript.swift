/// The data page's uploads with a progress bar (the same form posts without script), and a
/// job page that follows its job (the server answers when it changes) and shows the result in place when it ends.
enum ConsoleJobsScript {
    static let script = """
        (function () {
          document.querySelectorAll('form.upload').forEach(function (form) {
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var bar = form.querySelector('progress'), said = form.querySelector('output'), button = form.querySelector('button');
              var request = new XMLHttpRequest();
              request.open('POST', form.action);
              request.setRequestHeader('Accept', 'application/json');
              request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = 100 * e.loaded / e.total; } };
              request.onload = function () {
                if (request.status < 400) { window.location = JSON.parse(request.responseText).next; return; }
                said.textContent = request.responseText.trim(); said.hidden = false; bar.hidden = true; button.disabled = false;
              };
              request.onerror = function () { said.textContent = 'no answer from the server'; said.hidden = false; button.disabled = false; };
              said.hidden = true; bar.hidden = false; bar.value = 0; button.disabled = true; button.textContent = form.dataset.sending;
              request.send(new FormData(form));
            });
          });
          var job = document.querySelector('section.job');
          if (!job || job.dataset.over === 'true') return;
          // Each answer comes when the job has changed (or after 10 s): its end shows at once.
          function follow(version) {
            fetch(job.dataset.poll + '?since=' + version, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (p) {
              if (p.over) { showEnd(); return; }
              document.getElementById('job-state').textContent = p.state;
              document.getElementById('job-objects').textContent = p.objects;
              var bar = document.getElementById('job-bar');
              if (bar && p.hasFraction) { bar.value = p.fraction; }
              var list = document.getElementById('job-associations');
              list.replaceChildren.apply(list, p.associations.map(function (line) { var li = document.createElement('li'); li.textContent = line; return li; }));
              follow(p.version);
            }).catch(function () { setTimeout(function () { follow(version); }, 3000); });
          }
          // The ended job's page drawn in place, not reloaded: a new navigation costs a
          // browser on two cores about 0.1 s. The mark says when it was on screen.
          function showEnd() {
            fetch(window.location.href).then(function (r) { if (!r.ok) { throw r.status; } return r.text(); }).then(function (html) {
              var page = new DOMParser().parseFromString(html, 'text/html');
              document.title = page.title;
              document.body.replaceWith(page.body);
              performance.mark('job-shown');
            }).catch(function () { window.location.reload(); });
          }
          follow(Number(job.dataset.version));
        })();

        """
}
