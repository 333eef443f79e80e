/// One area on the phone: progress, the stop at hand with large buttons, the map, and every
/// stop in walking order. Plain forms: a tick works with no script at all.
enum AreaPage {
    static let template = """
        {{>head}}
        {{#back}}<a class="back" href="{{back}}">‹ Dina områden</a>{{/back}}
        <h1>Område {{id}}</h1>
        <p class="progress"><strong>{{householdsDone}} av {{households}}</strong> hushåll · {{minutesLeft}} min kvar</p>
        <progress value="{{householdsDone}}" max="{{households}}"></progress>
        {{#current}}
        <section class="current" id="aktuell">
          <p class="stopline"><span class="number">{{number}}</span> <span class="address">{{address}}</span></p>
          <p class="papers">{{papers}} {{papersWord}} · {{stateLabel}}</p>
          <form method="post" action="{{postURL}}">
            <input type="hidden" name="version" value="{{version}}">
            <input type="hidden" name="stop" value="{{number}}">
            <input type="hidden" name="report" value="{{reportID}}">
            {{^reported}}
            <button class="deliver" name="action" value="delivered">Utdelat</button>
            <details class="skip"><summary>Hoppa över</summary>
              {{#reasons}}<button class="reason" name="action" value="{{value}}">{{label}}</button>{{/reasons}}
            </details>
            {{/reported}}
            {{#reported}}<button class="undo" name="action" value="undo">Ångra</button>{{/reported}}
          </form>
        </section>
        {{/current}}
        {{^current}}<p class="finished">Alla adresser är rapporterade. Tack!</p>{{/current}}
        <div id="map" data-src="{{mapURL}}"></div>
        <ol class="stops">
        {{#stops}}
          <li class="{{stateClass}}"><a href="{{url}}"><span class="number">{{number}}</span><span class="address">{{address}}</span><span class="papers">{{papers}}</span><span class="state">{{stateLabel}}</span></a></li>
        {{/stops}}
        </ol>
        <p class="links"><a href="{{sheetURL}}">Utdelningslistan som PDF</a></p>
        <p class="note">Frågor? {{contact}}</p>
        {{>foot}}
        """
}
