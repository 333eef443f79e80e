/// One area on the phone: progress, the stop at hand with large buttons, the map, and every
/// stop in walking order. Plain forms: a tick works with no script at all; with script
/// (ticks.js) a tick goes into the phone's queue and the page moves on without a round trip.
enum AreaPage {
    static let template = """
        {{>head}}
        {{#back}}<a class="back" href="{{back}}">‹ {{words.yourAreas}}</a>{{/back}}
        <h1>{{words.area}} {{id}}</h1>
        <p class="progress"><strong><span id="done">{{householdsDone}}</span> {{words.of}} {{households}}</strong> {{words.households}} · <span id="left">{{minutesLeft}}</span> {{words.minutesLeft}}</p>
        <progress id="bar" value="{{householdsDone}}" max="{{households}}"></progress>
        {{#shown}}
        <section class="current" id="aktuell"{{#finished}} hidden{{/finished}}>
          <p class="stopline"><span class="number">{{number}}</span> <span class="address">{{address}}</span></p>
          <p class="papers"><span class="count">{{papers}} {{papersWord}}</span> · <span class="state">{{stateLabel}}</span></p>
          <form method="post" action="{{postURL}}">
            <input type="hidden" name="version" value="{{version}}">
            <input type="hidden" name="stop" value="{{number}}">
            <input type="hidden" name="report" value="{{reportID}}">
            <div class="ask"{{#reported}} hidden{{/reported}}>
            <button class="deliver" name="action" value="delivered" data-one="{{words.delivered}}" data-entrance="{{words.deliveredWholeEntrance}}">{{deliverLabel}}</button>
            <details class="skip"><summary>{{words.skip}}</summary>
              {{#reasons}}<button class="reason" name="action" value="{{value}}">{{label}}</button>{{/reasons}}
            </details>
            </div>
            <button class="undo" name="action" value="undo"{{^reported}} hidden{{/reported}}>{{words.undo}}</button>
          </form>
        </section>
        {{/shown}}
        <p class="finished"{{^finished}} hidden{{/finished}}>{{words.allReported}}</p>
        <div id="map" data-src="{{mapURL}}"{{#tiles}} data-tiles="{{tiles}}" data-tiles-name="{{words.openStreetMap}}"{{/tiles}}></div>
        <ol class="stops" data-area="{{id}}" data-version="{{version}}" data-minutes="{{minutes}}">
        {{#stops}}
          <li class="{{stateClass}}" data-number="{{number}}" data-papers="{{papers}}"><a href="{{url}}"><span class="number">{{number}}</span><span class="address">{{address}}</span><span class="papers">{{papers}}</span><span class="state">{{stateLabel}}</span></a></li>
        {{/stops}}
        </ol>
        <p class="links"><a href="{{sheetURL}}">{{words.sheetPDF}}</a> · <a href="{{words.otherLanguageURL}}">{{words.otherLanguage}}</a></p>
        <p class="note">{{words.questions}} {{contact}}</p>
        {{>foot}}
        """
}
