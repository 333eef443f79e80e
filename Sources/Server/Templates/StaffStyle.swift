/// The staff pages' additions to the phone style: a wider page for the table, the log-in
/// form, and the copy button's few lines of script (from this server: the policy allows no inline script).
enum StaffStyle {
    static let css = """
        main.staff{max-width:1240px}
        form.login{max-width:420px}
        .login label{display:block;margin:12px 0 4px;font-weight:700}
        .login input{display:block;width:100%;min-height:48px;padding:8px;border:2px solid #111;border-radius:8px;font:inherit}
        .error{padding:10px;border:2px solid #b42318;border-radius:8px;background:#fef3f2;color:#7a271a}
        .staffbar{display:flex;justify-content:space-between;align-items:center;font-size:16px;color:#333}
        .staffbar form{margin:0}
        button.plain{width:auto;min-height:44px;margin:2px 0;padding:6px 14px;border:2px solid #111;background:#fff;color:#111;font-size:16px}
        button.danger{border-color:#b42318;color:#b42318}
        .volunteers{width:100%;border-collapse:collapse;font-size:16px}
        .volunteers th,.volunteers td{padding:8px 6px;border-bottom:1px solid #ccc;text-align:left;vertical-align:top}
        .volunteers .actions form{display:inline-block;margin-right:6px}
        .renewed{border:3px solid #137333;border-radius:12px;padding:12px;margin:14px 0}
        .renewed .url{width:100%;min-height:44px;padding:8px;font:16px/1.3 monospace;border:2px solid #111;border-radius:8px}
        .renewed .copy{background:#137333;color:#fff}
        .staffbar{flex-wrap:wrap;gap:4px 16px}
        nav.console a{margin-right:14px;font-weight:700;white-space:nowrap}
        .scroll{overflow-x:auto}
        table.areas{width:100%;border-collapse:collapse;font-size:15px;font-variant-numeric:tabular-nums}
        table.areas th,table.areas td{padding:6px 5px;border-bottom:1px solid #ccc;text-align:left;white-space:nowrap}
        table.areas th a{color:#111;text-decoration:none}
        table.areas td.n{text-align:right}
        table.areas tbody tr:hover{background:#f0f4ff}
        .filter{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:12px 0}
        .filter select,.assign select{min-height:44px;font:inherit;padding:4px}
        .console-area{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        .console-area section{border:1px solid #ccc;border-radius:10px;padding:10px 14px}
        .facts dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
        .facts dt{font-weight:700}
        .facts dd{margin:0}
        .assign label{display:block;margin:6px 0}
        .assign select{width:100%}
        .notice{padding:10px;border:2px solid #b54708;border-radius:8px;background:#fffaeb}
        main.staff #map{height:420px}
        .returned input[type=checkbox]{width:24px;height:24px}
        .returned .stoplist th:first-child{width:5em}
        .returned .version{width:6em;min-height:44px;font:inherit;padding:4px}
        .printrun .n{text-align:right}
        .printrun tr.total td{font-weight:700;border-top:2px solid #111}
        .stoplist td.n{text-align:right;width:4em}
        .stoplist tr.delivered td:last-child{color:#137333;font-weight:700}
        .stoplist tr.skipped td:last-child{color:#b42318;font-weight:700}
        .assign h2{margin-top:0}
        .volunteer-edit label{display:block;margin:10px 0 4px;font-weight:700}
        .volunteer-edit input,.volunteer-edit select{min-height:44px;font:inherit;padding:4px 8px;border:2px solid #111;border-radius:8px;background:#fff}
        .volunteer-edit .pair{display:flex;gap:8px}
        .volunteer-edit #capacity{width:6em}
        .id{color:#555;font-size:.8em;font-weight:400;white-space:nowrap}
        .roster td.capacity{white-space:nowrap}
        .roster .count{font-weight:700;margin-right:4px}
        .roster .link-active{color:#137333}
        .roster .link-expired{color:#b54708}
        .roster .link-revoked{color:#b42318}
        .roster .actions a.edit{display:inline-block;margin-right:10px;font-weight:700}
        a.button{display:inline-block;min-height:44px;line-height:44px;padding:0 14px;border:2px solid #111;border-radius:10px;color:#111;font-weight:700;text-decoration:none}
        a.button.danger{border-color:#b42318;color:#b42318}
        nav.console .report{margin-right:14px;white-space:nowrap}
        nav.console .report a{margin-right:2px}
        .uploads .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
        form.upload{border:1px solid #ccc;border-radius:10px;padding:10px 14px;margin:0}
        form.upload label{display:block;font-weight:700}
        .hint{display:block;color:#555;font-size:15px;margin:2px 0 8px}
        form.upload .row,form.plan-form .row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
        form.upload input[type=file]{flex:1;min-width:0;font-size:15px}
        form.upload button,form.plan-form button{width:auto;min-height:44px;padding:6px 18px;margin:0}
        form.upload progress,section.job progress{width:100%;height:14px;margin-top:8px}
        form.upload output,form.plan-form output{display:block;margin-top:8px}
        form.upload .status{margin:8px 0 0}
        form.upload .status[data-state=done] a{color:#1a6b2a;font-weight:700}
        form.upload fieldset.choices{border:0;padding:0;margin:10px 0}
        form.upload fieldset.choices legend{font-weight:700;padding:0}
        form.upload fieldset.choices label{font-weight:400;margin:6px 0}
        form.plan-form{border:1px solid #ccc;border-radius:10px;padding:10px 14px;max-width:900px}
        form.plan-form label{font-weight:700}
        form.plan-form .row label{display:flex;flex-direction:column;gap:4px}
        form.plan-form input[type=number],form.plan-form select{min-height:44px;font:inherit;padding:4px 8px;border:2px solid #111;border-radius:8px;background:#fff;width:10em}
        form.plan-form select{width:auto;max-width:100%}
        form.plan-form fieldset{border:0;padding:0;margin:12px 0}
        form.plan-form fieldset label{display:block;font-weight:400;margin:6px 0}
        form.plan-form input[type=radio],form.plan-form input[type=checkbox]{width:20px;height:20px;vertical-align:-4px}
        table.figures{max-width:640px}
        table.figures td.n{text-align:right;font-variant-numeric:tabular-nums}
        pre.report{white-space:pre-wrap;font-size:14px;background:#f6f6f6;border-radius:8px;padding:10px}
        tr.failed td{color:#b42318}
        @media (max-width:900px){nav.console a{margin-right:10px;line-height:2}}
        @media (max-width:700px){.console-area{grid-template-columns:1fr}}

        """

    static let script = """
        (function () {
          document.querySelectorAll('button[data-copy]').forEach(function (button) {
            button.addEventListener('click', function () {
              var field = document.getElementById(button.dataset.copy);
              var done = function () { button.textContent = 'Kopierad'; };
              if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(done);
              } else {
                field.select();
                if (document.execCommand('copy')) done();
              }
            });
          });
        })();

        """
}
