/// The top of every coordinator page: who is logged in, the console's pages, the other
/// language, and log-out. Its words come from the page's `words` (Swedish unless asked).
enum StaffBar {
    static let template = """
        <header class="staffbar"><span>{{words.loggedIn}}: {{user}}</span>
          <nav class="console"><a href="/coordinator/data">{{words.data.navData}}</a> <a href="/coordinator/areas">{{words.navAreas}}</a> <a href="/coordinator/volunteers">{{words.navVolunteers}}</a> <a href="/coordinator">{{words.navLinks}}</a> <a href="/coordinator/printrun">{{words.navPrintRun}}</a> <span class="report">{{words.navReport}}: <a href="/coordinator/report.pdf">{{words.reportPDF}}</a> · <a href="/coordinator/report.html">{{words.reportHTML}}</a></span> <a href="/coordinator/audit">{{words.navAudit}}</a> <a href="/board">{{words.navBoard}}</a> <a href="{{words.otherLanguageURL}}" lang="{{words.otherLang}}">{{words.otherLanguage}}</a></nav>
          <form method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain">{{words.logOut}}</button></form>
        </header>
        """
}
