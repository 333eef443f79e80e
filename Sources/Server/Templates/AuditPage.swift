/// The changes made by hand in the console, newest first: who, when, what, by id only.
enum AuditPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.table.auditLog}}</h1>
        <div class="scroll">
        <table class="volunteers audit">
        <thead><tr><th>{{words.table.when}}</th><th>{{words.table.who}}</th><th>{{words.table.what}}</th><th>{{words.table.area}}</th><th>{{words.table.volunteer}}</th><th>{{words.link}}</th><th>{{words.association}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{at}}</td><td>{{user}}</td><td>{{action}}</td><td>{{area}}</td><td>{{volunteer}}</td><td>{{link}}</td><td>{{association}}</td></tr>{{/rows}}
        </tbody>
        </table>
        </div>
        {{^rows}}<p class="note">{{words.table.noChanges}}</p>{{/rows}}
        {{>foot}}
        """
}
