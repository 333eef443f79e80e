/// The frame every page shares: Swedish, our own style and no other host's (the
/// Content-Security-Policy header holds the browser to it). Phone pages are sized for
/// 360–430 px; the board's page (`board`) has its own style and script.
enum PageFrame {
    static let head = """
        <!doctype html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <link rel="icon" href="data:,">
        <title>{{title}}</title>
        {{^board}}<link rel="stylesheet" href="/static/phone.css">{{/board}}{{#board}}<link rel="stylesheet" href="/static/board.css">{{/board}}
        {{#map}}<link rel="stylesheet" href="/static/leaflet/leaflet.css">{{/map}}
        </head>
        <body>
        <main>

        """

    static let foot = """

        </main>
        {{#map}}<script src="/static/leaflet/leaflet.js"></script>{{/map}}{{#board}}<script src="/static/board.js"></script>{{/board}}{{^board}}{{#map}}<script src="/static/phone.js"></script>{{/map}}{{/board}}
        </body>
        </html>

        """
}
