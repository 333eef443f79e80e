/// A revoked or expired link: what happened and whom to ask, nothing of the areas.
enum RefusedPage {
    static let template = """
        {{>head}}
        <h1>{{heading}}</h1>
        <p>{{explanation}}</p>
        <p>{{words.ask}} {{contact}} {{words.askForNewLink}}</p>
        {{>foot}}
        """
}
