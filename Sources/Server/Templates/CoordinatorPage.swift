/// The coordinator's volunteers and their links. Every form carries the session's token.
enum CoordinatorPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.table.linksHeading}}</h1>
        {{#renewed}}
        <section class="renewed" role="status">
          <p><strong>{{name}}</strong>: {{words.newLinkShown}}</p>
          <input id="newlink" class="url" value="{{url}}" readonly>
          <button type="button" class="copy" data-copy="newlink">{{words.copyLink}}</button>
        </section>
        {{/renewed}}
        {{^canRenew}}<p class="error">{{words.table.noPublicURL}}</p>{{/canRenew}}
        <table class="volunteers">
        <thead><tr><th>{{words.name}}</th><th>{{words.association}}</th><th>{{words.areas}}</th><th>{{words.link}}</th><th></th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><td>{{name}}</td><td>{{association}}</td><td>{{areas}}</td><td>{{#link}}{{words.table.open}}, {{link}}{{/link}}{{^link}}{{words.linkNone}}{{/link}}</td>
          <td class="actions">
            {{#canRenew}}<form method="post" action="{{renewURL}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain">{{words.newLink}}</button></form>{{/canRenew}}
            {{#revokeURL}}<form method="post" action="{{revokeURL}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain danger">{{words.table.revoke}}</button></form>{{/revokeURL}}
          </td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{^rows}}<p class="note">{{words.noVolunteers}}</p>{{/rows}}
        {{>foot}}
        """
}
