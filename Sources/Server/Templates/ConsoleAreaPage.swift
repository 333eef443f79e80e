/// One area for the coordinator: figures, sheet, lock, volunteer, then the map and the stops
/// (the phone's map script, its stops coloured as map.json says, its button's words on the map's element). Every change form carries the area's revision as loaded.
enum ConsoleAreaPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <p><a href="/coordinator/areas">{{words.areaPage.allAreas}}</a></p>
        <h1>{{words.areaPage.area}} {{id}} · {{association}}</h1>
        {{#notices}}<p class="notice" role="status">{{.}}</p>{{/notices}}
        <div class="console-area">
        <section class="facts">
          <dl>{{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
          <p><a href="{{url}}/sheet.pdf">{{words.areaPage.sheetPDF}}</a></p>
          <form method="post" action="{{url}}/{{#locked}}unlock{{/locked}}{{^locked}}lock{{/locked}}">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <button class="plain">{{#locked}}{{words.areaPage.unlock}}{{/locked}}{{^locked}}{{words.areaPage.lock}}{{/locked}}</button>
          </form>
        </section>
        <section class="assign">
          <h2>{{words.areaPage.volunteer}}</h2>
          <form method="post" action="{{url}}/assign">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <label for="volunteer">{{words.areaPage.giveTo}}</label>
            <select id="volunteer" name="volunteer">
              {{#hasOwn}}<optgroup label="{{words.areaPage.theAssociation}} {{association}}">{{#own}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/own}}</optgroup>{{/hasOwn}}
              {{#hasNeighbours}}<optgroup label="{{words.areaPage.neighbours}}">{{#neighbours}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/neighbours}}</optgroup>{{/hasNeighbours}}
            </select>
            <button class="plain">{{words.areaPage.assign}}</button>
          </form>
          {{#assigned}}
          <form method="post" action="{{url}}/unassign">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
            <button class="plain danger">{{words.areaPage.unassign}}</button>
          </form>
          {{/assigned}}
        </section>
        </div>
        <div id="map" data-src="{{url}}/map.json" data-where-am-i="{{words.areaPage.whereAmI}}" data-no-position="{{words.areaPage.noPosition}}"></div>
        <form method="post" action="{{url}}/deliver" class="returned">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
        <h2>{{words.areaPage.returnedSheet}}</h2>
        <p>{{words.areaPage.returnedHelp}}</p>
        <table class="volunteers stoplist">
        <thead><tr><th>{{words.areaPage.delivered}}</th><th>{{words.areaPage.number}}</th><th>{{words.areaPage.address}}</th><th>{{words.areaPage.papers}}</th><th>{{words.areaPage.state}}</th></tr></thead>
        <tbody>
        {{#stops}}<tr class="{{stateClass}}"><td><input type="checkbox" name="stops[]" value="{{number}}" id="stop-{{number}}" aria-label="{{words.areaPage.stops}} {{number}}: {{words.areaPage.delivered}}"></td><td class="n">{{number}}</td><td>{{address}}</td><td class="n">{{papers}}</td><td>{{stateLabel}}</td></tr>{{/stops}}
        </tbody>
        </table>
        <p><label for="version">{{words.areaPage.sheetVersion}}</label> <input id="version" name="version" type="number" min="1" value="{{sheetVersion}}" class="version">
        <button class="plain">{{words.areaPage.record}}</button></p>
        </form>
        {{>foot}}
        """
}
