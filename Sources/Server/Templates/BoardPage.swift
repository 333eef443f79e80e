/// The board's dashboard: the district's coverage, a bar per association with its contact
/// person, progress against election day, the map by status and skips by reason. The figures
/// are written here in full and kept fresh by board.js from board.json; nothing is posted.
enum BoardPage {
    static let template = """
        {{>head}}
        <header class="top">
          <h1>Utdelningen i {{district}}</h1>
          <p class="updated" id="updated">{{updated}}</p>
        </header>
        <section class="total" id="board" data-src="{{base}}/board.json">
          <p class="big"><span id="percent">{{percent}}</span> <span class="of">täckning</span></p>
          <p id="figures">{{figures}}</p>
          <progress id="bar" value="{{delivered}}" max="{{households}}" aria-label="Täckning i distriktet"></progress>
          <p id="forecast">{{forecast}}</p>
        </section>
        <section>
          <h2>Föreningarna</h2>
          <ul class="associations">
          {{#associations}}
            <li data-association="{{name}}">
              <span class="name">{{name}}</span>
              <progress value="{{delivered}}" max="{{households}}" aria-label="Täckning i {{name}}"></progress>
              <span class="percent">{{percent}}</span>
              <span class="figures">{{figures}}</span>
              <span class="contact">Kontakt: {{contact}}</span>
            </li>
          {{/associations}}
          </ul>
          <p class="links"><a href="{{base}}/coverage.csv" download>Ladda ner täckningen per förening (CSV)</a></p>
        </section>
        <section>
          <h2>Utdelat över tid</h2>
          <picture>
            <source id="progress-narrow" media="(max-width: 520px)" srcset="{{base}}/progress.svg?narrow=1">
            <img id="progress" class="chart" src="{{base}}/progress.svg" alt="Täckningen dag för dag, prognosen och valdagen">
          </picture>
        </section>
        <section>
          <h2>Områdena på kartan</h2>
          <div id="map" data-src="{{base}}/map.json"></div>
          <ul class="legend">{{#legend}}<li><span class="swatch {{status}}"></span>{{label}}</li>{{/legend}}</ul>
        </section>
        <section>
          <h2>Hoppade över</h2>
          <ul class="skips">
          {{#skips}}<li data-reason="{{reason}}"><span class="label">{{label}}</span> <span class="count">{{households}}</span> hushåll</li>{{/skips}}
          </ul>
        </section>
        {{#hasChanges}}
        <section>
          <h2>Ändringar för hand</h2>
          <ul class="skips changes">{{#changes}}<li><span class="label">{{label}}</span> <span class="count">{{count}}</span></li>{{/changes}}</ul>
        </section>
        {{/hasChanges}}
        {{>foot}}
        """
}
