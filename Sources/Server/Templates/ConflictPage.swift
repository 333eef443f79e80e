/// Answered with 409 when a change was made from a page older than the area: nothing is
/// overwritten; the coordinator reads what changed and reloads.
enum ConflictPage {
    static let template = """
        {{>head}}
        <h1>Någon annan hann före</h1>
        <p>Området ändrades efter att du öppnade sidan. Din ändring är inte gjord.</p>
        <ul class="changes">{{#changes}}<li>{{.}}</li>{{/changes}}</ul>
        <p><a class="button" href="{{url}}">Ladda om området</a></p>
        {{>foot}}
        """
}
