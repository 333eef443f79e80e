/// A volunteer's link: their areas, each with households and the share done.
enum VolunteerPage {
    static let template = """
        {{>head}}
        <h1>Dina områden</h1>
        {{^areas}}<p class="note">Du har inga områden just nu. Fråga {{contact}}.</p>{{/areas}}
        <ul class="areas">
        {{#areas}}
        <li><a class="area" href="{{url}}">
          <span class="name">Område {{id}}</span>
          <span class="figures">{{householdsDone}} av {{households}} hushåll · {{percent}} %</span>
          <progress value="{{householdsDone}}" max="{{households}}"></progress>
          <span class="figures">{{stops}} adresser · {{minutesLeft}} min kvar</span>
        </a></li>
        {{/areas}}
        </ul>
        <p class="note">Frågor? {{contact}}</p>
        {{>foot}}
        """
}
