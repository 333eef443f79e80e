/// What an automatic assign run did, per association: `utdelning assign`'s report.
enum AssignRunPage {
    static let template = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.run.title}}</h1>
        <p class="notice" role="status">{{summary}}</p>
        {{#associations}}
        <section class="run">
          <h2>{{name}}</h2>
          <ul>{{#volunteers}}<li>{{name}}: {{#areas}}<a href="{{url}}">{{id}}</a> {{/areas}}{{^areas}}{{words.run.noneNew}}{{/areas}} · {{holds}}</li>{{/volunteers}}</ul>
          {{#hasOpen}}<p>{{words.run.withoutVolunteer}}: {{#open}}<a href="{{url}}">{{id}}</a> {{/open}}</p>{{/hasOpen}}
          {{#suggestions}}<p class="note">{{.}}</p>{{/suggestions}}
        </section>
        {{/associations}}
        <p><a href="/coordinator/areas">{{words.run.backToAreas}}</a></p>
        {{>foot}}
        """
}
