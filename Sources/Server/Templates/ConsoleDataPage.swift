/// The console's data page, a job's page, and the boundary file's name choice.
enum ConsoleDataPage {
    static let data = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.data.heading}}</h1>
        <section class="uploads">
        <h2>{{words.data.uploadHeading}}</h2>
        <p class="note">{{words.data.uploadNote}}</p>
        <div class="cards">
        {{#uploads}}
        <form class="upload" method="post" action="/coordinator/upload/{{kind}}" enctype="multipart/form-data" data-sending="{{words.data.uploading}}" data-no-answer="{{words.data.noAnswer}}" data-report="{{words.data.reportHeading}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="file-{{kind}}">{{label}}</label>
          <span class="hint">{{hint}}</span>
          <span class="row"><input id="file-{{kind}}" type="file" name="file" accept="{{accept}}" required> <button>{{words.data.upload}}</button></span>
          <progress hidden max="100" value="0"></progress>
          <p class="status" role="status" hidden><a></a> <span></span></p>
          <output class="refused" role="alert" hidden></output>
        </form>
        {{/uploads}}
        </div>
        </section>
        {{#planForm}}{{>planform}}{{/planForm}}
        <section class="jobs">
        <h2>{{words.data.jobsHeading}}</h2>
        {{^hasJobs}}<p class="note">{{words.data.noJobs}}</p>{{/hasJobs}}
        {{#hasJobs}}
        <table class="volunteers jobs">
        <tbody>
        {{#jobs}}<tr{{#failed}} class="failed"{{/failed}}{{#pollURL}} data-poll="{{pollURL}}" data-version="{{version}}"{{/pollURL}}><td><a href="{{url}}">{{id}}</a></td><td>{{what}}</td><td>{{title}}</td><td>{{startedBy}}</td><td class="state">{{state}}</td></tr>{{/jobs}}
        </tbody>
        </table>
        {{/hasJobs}}
        </section>
        {{>foot}}
        """

    static let job = """
        {{>head}}
        {{>staffbar}}
        {{^over}}<noscript><meta http-equiv="refresh" content="2"></noscript>{{/over}}
        <h1>{{title}}</h1>
        <p>{{job.title}} · {{words.data.startedBy}} {{job.startedBy}}</p>
        <section class="job" data-poll="{{pollURL}}" data-over="{{over}}" data-version="{{progress.version}}">
        <p class="state" role="status"><strong id="job-state">{{progress.state}}</strong> <span id="job-objects">{{progress.objects}}</span></p>
        {{^over}}<progress id="job-bar"{{#progress.hasFraction}} value="{{progress.fraction}}"{{/progress.hasFraction}}></progress>{{/over}}
        <ul id="job-associations">{{#progress.associations}}<li>{{.}}</li>{{/progress.associations}}</ul>
        </section>
        {{#error}}<p class="refused" role="alert">{{error}}</p><p class="note">{{words.data.failedNote}}</p>{{/error}}
        {{#hasFigures}}
        <h2>{{words.data.summaryHeading}}</h2>
        <table class="volunteers figures"><tbody>
        {{#figures}}<tr><th scope="row">{{label}}</th><td class="n">{{value}}</td></tr>{{/figures}}
        </tbody></table>
        {{/hasFigures}}
        {{#report}}<h2>{{words.data.reportHeading}}</h2><p class="note">{{words.data.reportNote}}</p><pre class="report">{{report}}</pre>{{/report}}
        {{#planForm}}{{>planform}}{{/planForm}}
        <p><a href="{{nextURL}}">{{#hasFigures}}{{words.data.toAreas}}{{/hasFigures}}{{^hasFigures}}{{words.data.toData}}{{/hasFigures}}</a></p>
        {{>foot}}
        """

    /// The plan form: on the data page, and on an import's page when it has ended well, the
    /// next step there (one page fewer between a file and its plan).
    static let planForm = """
        <section class="plan">
        <h2>{{words.data.planHeading}}</h2>
        <form method="post" action="/coordinator/plan" class="plan-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <span class="row">
          <label>{{words.association}} <select name="association"><option value="">{{words.data.allAssociations}}</option>{{#associations}}<option>{{.}}</option>{{/associations}}</select></label>
          <label>{{words.data.targetMinutes}} <input type="number" name="targetMinutes" min="5" max="600" step="any" placeholder="{{defaultTargetMinutes}}"></label>
          <label>{{words.data.maxPapers}} <input type="number" name="maxPapers" min="1" step="1" placeholder="{{defaultMaxPapers}}"></label>
          </span>
          <span class="hint">{{words.data.fromConfiguration}}: {{defaultTargetMinutes}} min, {{defaultMaxPapers}}</span>
          <fieldset>
          <label><input type="radio" name="mode" value="update" checked> {{words.data.modeUpdate}}</label>
          <label><input type="radio" name="mode" value="fresh"> {{words.data.modeFresh}}</label>
          <label><input type="radio" name="mode" value="mopUp"> {{words.data.modeMopUp}}</label>
          <label><input type="checkbox" name="includeRefused" value="true"> {{words.data.includeRefused}}</label>
          </fieldset>
          <button>{{words.data.plan}}</button>
          <output class="refused" role="alert" hidden></output>
        </form>
        </section>
        """

    static let chooseName = """
        {{>head}}
        {{>staffbar}}
        <h1>{{words.data.chooseNameHeading}}</h1>
        <p>{{fileName}} · {{features}} features</p>
        <p class="note">{{words.data.chooseNameNote}}</p>
        <form method="post" action="/coordinator/boundaries/{{token}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <table class="volunteers choices">
          <thead><tr><th></th><th>{{words.data.property}}</th><th>{{words.data.examples}}</th><th class="n">{{words.data.inFeatures}}</th></tr></thead>
          <tbody>
          {{#choices}}<tr><td><input type="radio" name="nameProperty" id="p{{index}}" value="{{property}}"{{#first}} checked{{/first}}></td><td><label for="p{{index}}">{{property}}</label></td><td>{{examples}}</td><td class="n">{{features}}</td></tr>{{/choices}}
          </tbody>
          </table>
          <button>{{words.data.importBoundaries}}</button>
        </form>
        {{>foot}}
        """
}
