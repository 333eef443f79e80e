/// Log-in for coordinators and the board; volunteers never log in (their link is their key).
enum LoginPage {
    static let template = """
        {{>head}}
        <h1>Logga in</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login" class="login">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="name">Namn</label>
          <input id="name" name="name" value="{{name}}" autocomplete="username" required>
          <label for="password">Lösenord</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button class="deliver">Logga in</button>
        </form>
        <p class="note">För samordnare och styrelse. Volontärer använder sin egen länk.</p>
        {{>foot}}
        """
}
