import Households
import UtdelningKit
import Wording

/// The page after a boundary file's upload: which of its properties names the association.
struct BoundaryNameView {
    struct Choice {
        var index: Int
        var first: Bool
        var property: String
        var examples: String
        var features: String
    }

    var title: String
    var staff = true
    var map = false
    var user: String
    var csrf: String
    var words: ConsoleWords
    var token: String
    var fileName: String
    var features: Int
    var choices: [Choice]

    /// The same question for the data page's script, which asks it inside the upload's form.
    struct Question: Codable {
        struct Option: Codable {
            var property: String
            /// The property with its examples and how many features have it.
            var label: String
        }

        var action: String
        var heading: String
        var note: String
        var button: String
        var options: [Option]
    }

    var question: Question {
        Question(
            action: "/coordinator/boundaries/\(token)", heading: words.data.chooseNameHeading, note: "\(fileName) · \(features.grouped) features",
            button: words.data.importBoundaries,
            options: choices.map { Question.Option(property: $0.property, label: "\($0.property) — \($0.examples) (\($0.features))") })
    }

    init(token: String, fileName: String, features: Int, choices: [BoundaryNameChoice], user: StaffUser, csrf: String, words: ConsoleWords) {
        title = words.data.chooseNameHeading
        self.user = user.name
        self.csrf = csrf
        self.words = words
        self.token = token
        self.fileName = fileName
        self.features = features
        self.choices = choices.enumerated().map { i, c in
            Choice(index: i, first: i == 0, property: c.property, examples: c.examples.joined(separator: ", "), features: "\(c.features.grouped) / \(features.grouped)")
        }
    }
}
