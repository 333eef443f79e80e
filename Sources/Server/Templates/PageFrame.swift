/// The frame every page shares: Swedish unless asked otherwise, our own style and no other
/// host's (the Content-Security-Policy header holds the browser to it). Phone pages are sized
/// for 360–430 px; the staff's pages (`staff`) and the board's (`board`) have their own style.
enum PageFrame {
    static let head = """
        <!doctype html>
        <html lang="{{#words}}{{lang}}{{/words}}{{^words}}sv{{/words}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <link rel="icon" href="data:,">
        <title>{{title}}</title>
        {{^board}}<link rel="stylesheet" href="/static/phone.css">{{/board}}{{#board}}<link rel="stylesheet" href="/static/board.css">{{/board}}
        {{#map}}<link rel="stylesheet" href="/static/leaflet/leaflet.css">{{/map}}
        {{#staff}}<link rel="stylesheet" href="/static/staff.css">{{/staff}}
        </head>
        <body{{#wordsJSON}} data-base="{{base}}" data-words="{{wordsJSON}}"{{/wordsJSON}}>
        <main{{#staff}} class="staff"{{/staff}}>
        {{#wordsJSON}}<p id="unsent" class="unsent" hidden></p><p id="refused" class="refused" hidden></p>{{/wordsJSON}}

        """

    static let foot = """

        </main>
        {{#map}}<script src="/static/leaflet/leaflet.js"></script>{{/map}}{{#board}}<script src="/static/board.js"></script>{{/board}}{{^board}}{{#map}}<script src="/static/phone.js"></script>{{/map}}{{/board}}
        {{#wordsJSON}}<script src="/static/ticks.js"></script>{{/wordsJSON}}
        {{#staff}}<script src="/static/staff.js"></script>{{/staff}}
        {{#jobsScript}}<script src="/static/jobs.js"></script>{{/jobsScript}}
        </body>
        </html>

        """
}
