/// A refusal for the staff (a role that may not enter, a stale form): what and what next.
enum MessagePage {
    static let template = """
        {{>head}}
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        <p class="links"><a href="{{link}}">{{linkText}}</a></p>
        {{>foot}}
        """
}
