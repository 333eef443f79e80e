/// The data page's uploads with a progress bar (the same form posts without script), and a
/// job page that follows its job every second and shows the result when it ends.
enum ConsoleJobsScript {
    static let script = """
        (function () {
          document.querySelectorAll('form.upload').forEach(function (form) {
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var bar = form.querySelector('progress'), said = form.querySelector('output'), button = form.querySelector('button');
              var request = new XMLHttpRequest();
              request.open('POST', form.action);
              request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = 100 * e.loaded / e.total; } };
              request.onload = function () {
                if (request.status < 400) { window.location = request.responseURL; return; }
                said.textContent = request.responseText.trim(); said.hidden = false; bar.hidden = true; button.disabled = false;
              };
              request.onerror = function () { said.textContent = 'no answer from the server'; said.hidden = false; button.disabled = false; };
              said.hidden = true; bar.hidden = false; bar.value = 0; button.disabled = true; button.textContent = form.dataset.sending;
              request.send(new FormData(form));
            });
          });
          var job = document.querySelector('section.job');
          if (!job || job.dataset.over === 'true') return;
          function follow() {
            fetch(job.dataset.poll, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (p) {
              if (p.over) { window.location.reload(); return; }
              document.getElementById('job-state').textContent = p.state;
              document.getElementById('job-objects').textContent = p.objects;
              var list = document.getElementById('job-associations');
              list.replaceChildren.apply(list, p.associations.map(function (line) { var li = document.createElement('li'); li.textContent = line; return li; }));
              setTimeout(follow, 1000);
            }).catch(function () { setTimeout(follow, 3000); });
          }
          setTimeout(follow, 500);
        })();

        """
}
