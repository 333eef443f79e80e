/// What an automatic assign run did, per association: `utdelning assign`'s report.
enum AssignRunPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>Automatisk tilldelning</h1>
        <p class="notice" role="status">{{summary}}</p>
        {{#associations}}
        <section class="run">
          <h2>{{name}}</h2>
          <ul>{{#volunteers}}<li>{{name}}: {{#areas}}<a href="{{url}}">{{id}}</a> {{/areas}}{{^areas}}inga nya{{/areas}} · har {{holds}} av {{capacity}}</li>{{/volunteers}}</ul>
          {{#hasOpen}}<p>Utan volontär: {{#open}}<a href="{{url}}">{{id}}</a> {{/open}}</p>{{/hasOpen}}
          {{#suggestions}}<p class="note">{{.}}</p>{{/suggestions}}
        </section>
        {{/associations}}
        <p><a href="/coordinator/areas">Till områdena</a></p>
        {{>foot}}
        """
}
