/// A revoked or expired link: what happened and whom to ask, nothing of the areas.
enum RefusedPage {
    static let template = """
        {{>head}}
        <h1>{{heading}}</h1>
        <p>{{explanation}}</p>
        <p>Fråga {{contact}} om en ny länk.</p>
        {{>foot}}
        """
}
