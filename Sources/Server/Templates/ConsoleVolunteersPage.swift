/// The coordinator's volunteers: the table, one person's page with the edit form, and the
/// page that asks before a person is forgotten. Every form carries the session's token.
enum ConsoleVolunteersPage {
    static let list = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.volunteers}}</h1>
        {{#notice}}<p class="notice" role="status">{{.}}</p>{{/notice}}
        {{#renewed}}
        <section class="renewed" role="status">
          <p><strong>{{name}}</strong>: {{words.newLinkShown}}</p>
          <input id="newlink" class="url" value="{{url}}" readonly>
          <button type="button" class="copy" data-copy="newlink">{{words.copyLink}}</button>
        </section>
        {{/renewed}}
        <div class="scroll">
        <table class="volunteers roster">
        <thead><tr><th>{{words.name}}</th><th>{{words.association}}</th><th>{{words.mode}}</th><th>{{words.capacity}}</th><th>{{words.areas}}</th><th>{{words.link}}</th><th></th></tr></thead>
        <tbody>
        {{#rows}}
        <tr id="volunteer-{{id}}"><td><a href="{{url}}">{{name}}</a> <span class="id">{{words.number}} {{id}}</span></td><td>{{association}}</td><td>{{mode}}</td><td class="capacity">{{capacity}}</td>
          <td><span class="count">{{areaCount}}</span>{{#areas}} <a href="{{url}}">{{id}}</a>{{/areas}}</td>
          <td class="{{linkClass}}">{{link}}</td>
          <td class="actions"><a class="edit" href="{{url}}">{{words.edit}}</a>
            {{#canRenew}}<form method="post" action="{{renewURL}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain">{{words.newLink}}</button></form>{{/canRenew}}
          </td></tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{^rows}}<p class="note">{{words.noVolunteers}}</p>{{/rows}}
        {{>foot}}
        """

    static let one = """
        {{>head}}
        {{>staffbar}}
        <p><a href="/coordinator/volunteers">{{words.backToVolunteers}}</a></p>
        <h1>{{name}} <span class="id">{{words.number}} {{id}}</span></h1>
        {{#notice}}<p class="notice" role="status">{{.}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
        <div class="console-area">
        <section>
          <form method="post" action="{{formURL}}" class="volunteer-edit">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <input type="hidden" name="revision" value="{{revision}}">
            <label for="capacity">{{words.capacity}}</label>
            <span class="pair"><input id="capacity" name="capacity" value="{{capacityValue}}" inputmode="decimal" required>
              <select name="unit" aria-label="{{words.capacity}}">{{#units}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/units}}</select></span>
            <label for="mode">{{words.mode}}</label>
            <select id="mode" name="mode">{{#modes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/modes}}</select>
            <label for="association">{{words.association}}</label>
            <select id="association" name="association">{{#associations}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/associations}}</select>
            <p><button class="plain" id="save">{{words.save}}</button></p>
          </form>
        </section>
        <section class="facts">
          <dl>
            <dt>{{words.areas}}</dt><dd>{{#areas}}<a href="{{url}}">{{id}}</a> {{/areas}}{{^areas}}–{{/areas}}</dd>
            <dt>{{words.link}}</dt><dd>{{link}}</dd>
            {{#email}}<dt>{{words.contact}}</dt><dd>{{.}}</dd>{{/email}}
            {{#phone}}<dt>{{words.contact}}</dt><dd>{{.}}</dd>{{/phone}}
          </dl>
          {{#email}}<p class="note">{{words.contactNote}}</p>{{/email}}{{^email}}{{#phone}}<p class="note">{{words.contactNote}}</p>{{/phone}}{{/email}}
          <p><a class="button danger" href="{{forgetURL}}">{{words.forget}}</a></p>
        </section>
        </div>
        {{>foot}}
        """

    static let forget = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.forgetQuestion}}</h1>
        <p><strong>{{name}}</strong> · {{areas}}</p>
        <p>{{words.forgetExplanation}}</p>
        <form method="post" action="{{formURL}}" class="forget">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="confirm" value="yes">
          <button class="plain danger" id="forget">{{words.forgetConfirm}}</button>
          <a href="{{backURL}}">{{words.cancel}}</a>
        </form>
        {{>foot}}
        """
}
