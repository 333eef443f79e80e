/// The changes made by hand in the console, newest first: who, when, what, by id only.
enum AuditPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>Ändringslogg</h1>
        <div class="scroll">
        <table class="volunteers audit">
        <thead><tr><th>När</th><th>Vem</th><th>Vad</th><th>Område</th><th>Volontär</th><th>Länk</th><th>Förening</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{at}}</td><td>{{user}}</td><td>{{action}}</td><td>{{area}}</td><td>{{volunteer}}</td><td>{{link}}</td><td>{{association}}</td></tr>{{/rows}}
        </tbody>
        </table>
        </div>
        {{^rows}}<p class="note">Inga ändringar gjorda för hand ännu.</p>{{/rows}}
        {{>foot}}
        """
}
