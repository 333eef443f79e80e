/// A volunteer's link: their areas, each with households and the share done.
enum VolunteerPage {
    static let template = """
        {{>head}}
        <h1>{{words.yourAreas}}</h1>
        {{^areas}}<p class="note">{{words.noAreas}} {{words.ask}} {{contact}}.</p>{{/areas}}
        <ul class="areas">
        {{#areas}}
        <li><a class="area" href="{{url}}">
          <span class="name">{{words.area}} {{id}}</span>
          <span class="figures">{{householdsDone}} {{words.of}} {{households}} {{words.households}} · {{percent}} %</span>
          <progress value="{{householdsDone}}" max="{{households}}"></progress>
          <span class="figures">{{stops}} {{words.addresses}} · {{minutesLeft}} {{words.minutesLeft}}</span>
        </a></li>
        {{/areas}}
        </ul>
        <p class="note">{{words.questions}} {{contact}} · <a href="{{words.otherLanguageURL}}">{{words.otherLanguage}}</a></p>
        {{>foot}}
        """
}
