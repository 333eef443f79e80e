/// Log-in for coordinators and the board; volunteers never log in (their link is their key).
/// In the language asked for, with a link to the other one as on the console's pages.
enum LoginPage {
    static let template = """
        {{>head}}
        <p class="links"><a href="{{words.otherLanguageURL}}" lang="{{words.otherLang}}">{{words.otherLanguage}}</a></p>
        <h1>{{words.door.logIn}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login" class="login">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="name">{{words.door.name}}</label>
          <input id="name" name="name" value="{{name}}" autocomplete="username" required>
          <label for="password">{{words.door.password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button class="deliver">{{words.door.logIn}}</button>
        </form>
        <p class="note">{{words.door.logInNote}}</p>
        {{>foot}}
        """
}
