/// The district's areas for the coordinator: the board's map by status (board.js, from the
/// board's own map.json and board.json; a click opens the area), then the sortable table.
enum ConsoleAreasPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.areasHeading}}</h1>
        <section id="board" data-src="/board/board.json">
          <div id="map" data-src="/board/map.json" data-link="/coordinator/areas/"></div>
          <p class="filter"><label for="colour-by">{{words.colourBy}}</label>
            <select id="colour-by"><option value="status">{{words.byStatus}}</option><option value="balance">{{words.byBalance}}</option><option value="volunteer">{{words.byVolunteer}}</option></select></p>
          <ul class="legend" data-colour="status">{{#legend}}<li><span class="swatch {{status}}"></span>{{label}}</li>{{/legend}}</ul>
          <ul class="legend" data-colour="balance" hidden>{{#balanceLegend}}<li><span class="swatch {{status}}"></span>{{label}}</li>{{/balanceLegend}}</ul>
          <ul class="legend" data-colour="volunteer" hidden>{{#volunteerLegend}}<li data-areas="{{areas}}"><span class="swatch {{key}}"{{#fill}} data-fill="{{.}}"{{/fill}}></span>{{label}}</li>{{/volunteerLegend}}</ul>
        </section>
        <form method="get" action="/coordinator/areas" class="filter">
          <label for="association">{{words.association}}</label>
          <select id="association" name="association">
            <option value="">{{words.table.allAssociations}}</option>
            {{#associations}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/associations}}
          </select>
          <button class="plain">{{words.table.show}}</button>
        </form>
        <form method="get" action="/coordinator/sheets.pdf" class="filter">
          <label for="sheets-association">{{words.table.sheetsFor}}</label>
          <select id="sheets-association" name="association">{{#associations}}<option>{{name}}</option>{{/associations}}</select>
          <button class="plain">{{words.table.download}}</button>
        </form>
        <form method="post" action="/coordinator/assign" class="filter">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="run-association">{{words.table.autoAssignIn}}</label>
          <select id="run-association" name="association">
            <option value="">{{words.table.everyAssociation}}</option>
            {{#associations}}<option>{{name}}</option>{{/associations}}
          </select>
          <button class="plain">{{words.table.assign}}</button>
        </form>
        <p class="summary">{{summary}}</p>
        <div class="scroll">
        <table class="areas">
        <thead><tr>{{#columns}}<th><a href="{{url}}">{{label}}{{mark}}</a></th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr><td><a href="{{url}}">{{id}}</a></td><td>{{association}}</td><td class="n">{{deliveryPoints}}</td><td class="n">{{households}}</td><td class="n">{{papers}}</td>
          <td class="n">{{minutes}}</td><td class="n">{{routeMeters}}</td><td>{{mode}}</td><td>{{#locked}}{{words.table.locked}}{{/locked}}</td><td>{{balance}}</td>
          <td>{{volunteer}}</td><td><span class="swatch {{status}}"></span>{{statusLabel}}</td><td class="n">{{version}}</td><td class="n">{{printedVersion}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{^rows}}<p class="note">{{words.table.noAreas}}</p>{{/rows}}
        {{>foot}}
        """
}
