/// Answered with 409 when a change was made from a page older than the area or the volunteer:
/// nothing is overwritten; the coordinator reads what changed and reloads.
enum ConflictPage {
    static let template = """
        {{>head}}
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        <ul class="changes">{{#changes}}<li>{{.}}</li>{{/changes}}</ul>
        <p><a class="button" href="{{url}}">{{linkText}}</a></p>
        {{>foot}}
        """
}
