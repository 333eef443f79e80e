/// The top of every coordinator page: who is logged in, the console's pages, and log-out.
enum StaffBar {
    static let template = """
        <header class="staffbar"><span>Inloggad: {{user}}</span>
          <nav class="console"><a href="/coordinator/areas">Områden</a> <a href="/coordinator">Volontärer och länkar</a> <a href="/coordinator/printrun">Tryckupplaga</a> <a href="/coordinator/audit">Ändringslogg</a> <a href="/board">Styrelsens sida</a></nav>
          <form method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button class="plain">Logga ut</button></form>
        </header>
        """
}
