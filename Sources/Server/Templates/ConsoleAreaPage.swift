/// One area for the coordinator: figures, sheet, lock, volunteer, then the map and the stops
/// (the phone's map script, its stops coloured as map.json says). Every change form carries the area's revision as loaded.
enum ConsoleAreaPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <p><a href="/coordinator/areas">‹ Alla områden</a></p>
        <h1>Område {{id}} · {{association}}</h1>
        {{#notices}}<p class="notice" role="status">{{.}}</p>{{/notices}}
        <div class="console-area">
        <section class="facts">
          <dl>{{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
          <p><a href="{{url}}/sheet.pdf">Arket som PDF</a></p>
          <form method="post" action="{{url}}/{{#locked}}unlock{{/locked}}{{^locked}}lock{{/locked}}">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <button class="plain">{{#locked}}Lås upp{{/locked}}{{^locked}}Lås området{{/locked}}</button>
          </form>
        </section>
        <section class="assign">
          <h2>Volontär</h2>
          <form method="post" action="{{url}}/assign">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <label for="volunteer">Ge området till</label>
            <select id="volunteer" name="volunteer">
              {{#hasOwn}}<optgroup label="Föreningen {{association}}">{{#own}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/own}}</optgroup>{{/hasOwn}}
              {{#hasNeighbours}}<optgroup label="Grannföreningar med plats">{{#neighbours}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/neighbours}}</optgroup>{{/hasNeighbours}}
            </select>
            <button class="plain">Tilldela</button>
          </form>
          {{#assigned}}
          <form method="post" action="{{url}}/unassign">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <button class="plain danger">Ta bort tilldelningen</button>
          </form>
          {{/assigned}}
        </section>
        </div>
        <div id="map" data-src="{{url}}/map.json"></div>
        <form method="post" action="{{url}}/deliver" class="returned">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
        <h2>Inlämnat ark</h2>
        <p>Kryssa stoppen som arket säger är utdelade och ange arkets version (den står på arket).</p>
        <table class="volunteers stoplist">
        <thead><tr><th>Utdelat</th><th>Nr</th><th>Adress</th><th>Tidningar</th><th>Läge</th></tr></thead>
        <tbody>
        {{#stops}}<tr class="{{stateClass}}"><td><input type="checkbox" name="stops[]" value="{{number}}" id="stop-{{number}}" aria-label="Stopp {{number}} utdelat"></td><td class="n">{{number}}</td><td>{{address}}</td><td class="n">{{papers}}</td><td>{{stateLabel}}</td></tr>{{/stops}}
        </tbody>
        </table>
        <p><label for="version">Arkversion</label> <input id="version" name="version" type="number" min="1" value="{{sheetVersion}}" class="version">
        <button class="plain">Registrera arket</button></p>
        </form>
        {{>foot}}
        """
}
