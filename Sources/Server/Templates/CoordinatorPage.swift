/// The coordinator's volunteers and their links. Every form carries the session's token.
enum CoordinatorPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>Volontärer och länkar</h1>
        {{#renewed}}
        <section class="renewed" role="status">
          <p>Ny länk till <strong>{{name}}</strong>. Den visas bara nu: kopiera den och skicka den. Den gamla länken slutar gälla.</p>
          <input id="newlink" class="url" value="{{url}}" readonly>
          <button type="button" class="copy" data-copy="newlink">Kopiera länken</button>
        </section>
        {{/renewed}}
        {{^canRenew}}<p class="error">Ingen publik adress för länkar: sätt links.publicURL i konfigurationen eller starta med --public-url. Återkalla går ändå.</p>{{/canRenew}}
        <table class="volunteers">
        <thead><tr><th>Namn</th><th>Förening</th><th>Områden</th><th>Länk</th><th></th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><td>{{name}}</td><td>{{association}}</td><td>{{areas}}</td><td>{{#link}}öppen, {{link}}{{/link}}{{^link}}ingen{{/link}}</td>
          <td class="actions">
            {{#canRenew}}<form method="post" action="{{renewURL}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain">Ny länk</button></form>{{/canRenew}}
            {{#revokeURL}}<form method="post" action="{{revokeURL}}"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain danger">Återkalla</button></form>{{/revokeURL}}
          </td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{^rows}}<p class="note">Inga volontärer ännu: importera dem med utdelning volunteers.</p>{{/rows}}
        {{>foot}}
        """
}
