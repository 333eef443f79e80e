/// The frame every page shares (the phone's and the staff's): Swedish, sized for 360–430 px, our own style and no
/// other host's (the Content-Security-Policy header holds the browser to it).
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
        <link rel="stylesheet" href="/static/phone.css">
        {{#map}}<link rel="stylesheet" href="/static/leaflet/leaflet.css">{{/map}}
        {{#staff}}<link rel="stylesheet" href="/static/staff.css">{{/staff}}
        </head>
        <body{{#base}} data-base="{{base}}" data-words="{{wordsJSON}}"{{/base}}>
        <main{{#staff}} class="staff"{{/staff}}>
        {{#base}}<p id="unsent" class="unsent" hidden></p><p id="refused" class="refused" hidden></p>{{/base}}

        """

    static let foot = """

        </main>
        {{#map}}<script src="/static/leaflet/leaflet.js"></script><script src="/static/phone.js"></script>{{/map}}
        {{#base}}<script src="/static/ticks.js"></script>{{/base}}
        {{#staff}}<script src="/static/staff.js"></script>{{/staff}}
        </body>
        </html>

        """
}
