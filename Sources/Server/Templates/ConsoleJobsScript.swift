/// The data page's uploads (the same forms post without script): each file is sent with a
/// progress bar, a boundary file's name property is asked inside its form, and the job is
/// followed inside the form; when a job ends, the plan form and the jobs table are drawn
/// again in place. A plan's job page is drawn in place of the form's page; a job's own page
/// follows its job and shows the result in place.
/// No navigation between a file and its plan: each costs a browser on two cores about 0.1 s.
/// `performance.mark('drawn')` says when a change was on screen (Benchmarks/console_vs_cli.py).
enum ConsoleJobsScript {
    static let script = """
        (function () {
          function drawn() { performance.mark('drawn'); }
          // Each answer comes when the job has changed (or after 10 s): its end shows at once.
          function watch(poll, version, changed, ended) {
            fetch(poll + '?since=' + version, { headers: { Accept: 'application/json' } }).then(function (r) {
              if (!r.ok) { throw r.status; } return r.json();
            }).then(function (p) {
              if (p.over) { ended(p); return; }
              changed(p);
              watch(poll, p.version, changed, ended);
            }).catch(function () { setTimeout(function () { watch(poll, version, changed, ended); }, 3000); });
          }
          function page(url) {
            return fetch(url).then(function (r) { if (!r.ok) { throw r.status; } return r.text(); }).then(function (html) {
              return new DOMParser().parseFromString(html, 'text/html');
            });
          }

          // The data page: jobs followed, in their form and in the table.
          var followed = {};
          function rowState(poll, p) {
            var cell = document.querySelector('tr[data-poll="' + poll + '"] td.state');
            if (cell) { cell.textContent = p.state; }
          }
          function redrawData() {
            page(window.location.href).then(function (fresh) {
              ['section.plan', 'section.jobs'].forEach(function (selector) {
                var now = document.querySelector(selector), then = fresh.querySelector(selector);
                if (now && then) { now.replaceWith(then); } else if (then) { document.querySelector('section.jobs').before(then); } else if (now) { now.remove(); }
              });
              followRows();
              drawn();
            }).catch(function () { window.location.reload(); });
          }
          function followRows() {
            document.querySelectorAll('tr[data-poll]').forEach(function (row) {
              var poll = row.dataset.poll;
              if (followed[poll]) { return; }
              followed[poll] = true;
              watch(poll, Number(row.dataset.version), function (p) { rowState(poll, p); }, redrawData);
            });
          }
          function followInForm(form, next, poll) {
            var bar = form.querySelector('progress'), status = form.querySelector('.status'), said = form.querySelector('output'), button = form.querySelector('button');
            var link = status.querySelector('a'), objects = status.querySelector('span');
            followed[poll] = true;
            link.href = next;
            link.textContent = '';
            objects.textContent = '';
            delete status.dataset.state;
            status.hidden = false;
            bar.max = 1;
            bar.removeAttribute('value');
            function show(p) {
              link.textContent = p.state;
              objects.textContent = p.objects;
              status.dataset.state = p.code;
              if (p.hasFraction) { bar.value = p.fraction; }
              rowState(poll, p);
            }
            watch(poll, -1, show, function (p) {
              show(p);
              link.textContent = p.state + ' · ' + form.dataset.report;
              bar.hidden = true;
              if (p.error) {
                var note = document.createElement('span');
                note.className = 'note';
                note.textContent = p.nothingChanged;
                said.replaceChildren(p.error, document.createElement('br'), note);
                said.hidden = false;
              }
              form.querySelector('input[type=file]').value = '';
              button.disabled = false;
              button.textContent = form.dataset.label;
              redrawData();
            });
          }
          // A boundary file: which property names the association, asked in its form.
          function ask(form, question) {
            var choices = document.createElement('fieldset'), legend = document.createElement('legend'), note = document.createElement('span');
            choices.className = 'choices';
            legend.textContent = question.heading;
            note.className = 'hint';
            note.textContent = question.note;
            choices.append(legend, note);
            question.options.forEach(function (option, i) {
              var label = document.createElement('label'), input = document.createElement('input');
              input.type = 'radio';
              input.name = 'nameProperty';
              input.value = option.property;
              input.checked = i === 0;
              label.append(input, ' ' + option.label);
              choices.append(label);
            });
            form.querySelector('.row').after(choices);
            form.dataset.choose = question.action;
            form.querySelector('progress').hidden = true;
            var button = form.querySelector('button');
            button.textContent = question.button;
            button.disabled = false;
            drawn();
          }
          function forget(form) {
            var choices = form.querySelector('fieldset.choices');
            if (choices) { choices.remove(); }
            delete form.dataset.choose;
            form.querySelector('button').textContent = form.dataset.label;
          }
          function refused(form, text) {
            var said = form.querySelector('output'), button = form.querySelector('button');
            said.textContent = text.trim();
            said.hidden = false;
            form.querySelector('progress').hidden = true;
            button.disabled = false;
            button.textContent = form.dataset.label;
          }
          function onward(form, answer) {
            if (answer.choose) { ask(form, answer.choose); } else { followInForm(form, answer.next, answer.progress); }
          }
          function choose(form) {
            var body = new URLSearchParams();
            body.set('csrf', form.querySelector('input[name=csrf]').value);
            body.set('nameProperty', form.querySelector('input[name=nameProperty]:checked').value);
            var action = form.dataset.choose;
            forget(form);
            form.querySelector('button').disabled = true;
            fetch(action, { method: 'POST', headers: { Accept: 'application/json' }, body: body }).then(function (r) {
              return r.text().then(function (text) { if (!r.ok) { throw text; } return JSON.parse(text); });
            }).then(function (answer) { onward(form, answer); }).catch(function (text) { refused(form, String(text)); });
          }
          document.querySelectorAll('form.upload').forEach(function (form) {
            var file = form.querySelector('input[type=file]');
            form.dataset.label = form.querySelector('button').textContent;
            file.addEventListener('change', function () { forget(form); });
            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var bar = form.querySelector('progress'), said = form.querySelector('output'), button = form.querySelector('button'), status = form.querySelector('.status');
              if (form.dataset.choose) { choose(form); return; }
              var request = new XMLHttpRequest();
              request.open('POST', form.action);
              request.setRequestHeader('Accept', 'application/json');
              request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = 100 * e.loaded / e.total; } };
              request.onload = function () {
                if (request.status < 400) { onward(form, JSON.parse(request.responseText)); return; }
                refused(form, request.responseText);
              };
              request.onerror = function () { refused(form, form.dataset.noAnswer); };
              said.hidden = true;
              status.hidden = true;
              bar.hidden = false;
              bar.max = 100;
              bar.value = 0;
              button.disabled = true;
              button.textContent = form.dataset.sending;
              request.send(new FormData(form));
            });
          });
          followRows();

          // A job's own page, also when drawn in place of the page the plan was asked on.
          function followJobPage() {
            var job = document.querySelector('section.job');
            if (!job || job.dataset.over === 'true') { return; }
            watch(job.dataset.poll, Number(job.dataset.version), function (p) {
              document.getElementById('job-state').textContent = p.state;
              document.getElementById('job-objects').textContent = p.objects;
              var bar = document.getElementById('job-bar');
              if (bar && p.hasFraction) { bar.value = p.fraction; }
              var list = document.getElementById('job-associations');
              list.replaceChildren.apply(list, p.associations.map(function (line) { var li = document.createElement('li'); li.textContent = line; return li; }));
            }, function () {
              // The ended job's page drawn in place, not reloaded.
              showPage(window.location.href).catch(function () { window.location.reload(); });
            });
          }
          function showPage(url) {
            return page(url).then(function (fresh) {
              // Parsed without script, a page's <noscript> holds live elements (its reload).
              fresh.querySelectorAll('noscript').forEach(function (n) { n.remove(); });
              document.title = fresh.title;
              document.body.replaceWith(fresh.body);
              drawn();
            });
          }
          // The plan form (on the data page, and on an import's ended page): its job's page
          // is drawn in place and followed, with its own address in the history.
          document.addEventListener('submit', function (event) {
            var form = event.target;
            if (!form.matches('form.plan-form')) { return; }
            event.preventDefault();
            var button = form.querySelector('button'), said = form.querySelector('output');
            button.disabled = true;
            fetch(form.action, { method: 'POST', headers: { Accept: 'application/json' }, body: new URLSearchParams(new FormData(form)) }).then(function (r) {
              return r.text().then(function (text) { if (!r.ok) { throw new Error(text); } return JSON.parse(text); });
            }).then(function (answer) {
              history.pushState(null, '', answer.next);
              return showPage(answer.next).then(followJobPage);
            }).catch(function (error) {
              said.textContent = error.message.trim();
              said.hidden = false;
              button.disabled = false;
            });
          });
          window.addEventListener('popstate', function () { window.location.reload(); });
          followJobPage();
        })();

        """
}
