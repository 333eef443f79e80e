/// The papers to order per association and for the district, as `utdelning printrun` prints them.
enum PrintRunPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.table.printRun}}</h1>
        <table class="volunteers printrun">
        <thead><tr><th>{{words.association}}</th><th class="n">{{words.table.households}}</th><th class="n">{{words.table.papers}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{name}}</td><td class="n">{{households}}</td><td class="n">{{papers}}</td></tr>{{/rows}}
        <tr class="total"><td>{{words.table.district}}</td><td class="n">{{households}}</td><td class="n">{{papers}}</td></tr>
        </tbody>
        </table>
        <p class="note">{{spareNote}}</p>
        <p><a href="/coordinator/printrun.csv" download>{{words.table.downloadCSV}}</a></p>
        {{>foot}}
        """
}
