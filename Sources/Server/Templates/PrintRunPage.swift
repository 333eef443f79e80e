/// The papers to order per association and for the district, as `utdelning printrun` prints them.
enum PrintRunPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>Tryckupplaga</h1>
        <table class="volunteers printrun">
        <thead><tr><th>Förening</th><th class="n">Hushåll</th><th class="n">Tidningar</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{name}}</td><td class="n">{{households}}</td><td class="n">{{papers}}</td></tr>{{/rows}}
        <tr class="total"><td>Distriktet</td><td class="n">{{households}}</td><td class="n">{{papers}}</td></tr>
        </tbody>
        </table>
        <p class="note">Tidningarna har {{spare}} % marginal, avrundat uppåt per förening.</p>
        <p><a href="/coordinator/printrun.csv" download>Ladda ner som CSV</a></p>
        {{>foot}}
        """
}
