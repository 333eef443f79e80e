import Foundation
import Planner
import UtdelningKit
import Vocabulary
import Wording

/// What the phone pages show, as the templates read it: words in Swedish, figures rounded,
/// addresses only of the link's own areas.
struct AreaView {
    struct Stop {
        var number: Int
        var address: String
        var papers: Int
        var papersWord: String
        var stateLabel: String
        var stateClass: String
        var reported: Bool
        var url: String
        var postURL: String
        var version: Int
        var reportID: String
        var reasons: [Reason]
        /// "Utdelat", or for a stairwell of several households "Utdelat i hela uppgången".
        var deliverLabel: String
    }

    struct Reason {
        var value: String
        var label: String
    }

    var title: String
    var map = true
    var words: PhoneWords
    var wordsJSON: String
    /// The link's own prefix, `/v/<token>`: the phone's queue and offline copy belong to it.
    var base: String
    var id: String
    var back: String?
    var households: Int
    var householdsDone: Int
    var minutesLeft: Int
    /// The plan's minutes for the whole area, from which the page reckons what is left.
    var minutes: Double
    var version: Int
    /// The stop at hand: the one asked for, else the next with no report, else (all reported,
    /// kept hidden) the first, so that the page's script has a form to show on request.
    var shown: Stop?
    var finished: Bool
    var stops: [Stop]
    var mapURL: String
    /// OpenStreetMap's map images to offer beneath the map, if the configuration does.
    var tiles: String?
    var sheetURL: String
    var contact: String

    /// - Parameter chosen: the stop asked for (`?stop=N`), else the next with no report.
    init(walk: AreaWalk, base: String, back: String?, chosen: Int?, contact: String, words: PhoneWords, tiles: MapTiles? = nil) {
        self.tiles = tiles?.urlTemplate
        let areaURL = "\(base)/areas/\(walk.area)"
        self.words = words
        wordsJSON = words.forScript
        title = "\(words.area) \(walk.area)"
        self.base = base
        id = walk.area.description
        minutes = walk.minutes.value
        version = walk.version
        self.back = back
        households = walk.households
        householdsDone = walk.householdsDone
        minutesLeft = Int(walk.minutesLeft.value.rounded(.up))
        mapURL = areaURL + "/map.json"
        sheetURL = areaURL + "/sheet.pdf"
        self.contact = contact
        stops = walk.stops.map { stop in
            Stop(
                number: stop.number, address: stop.address, papers: stop.papers, papersWord: stop.papers == 1 ? words.paper : words.papers,
                stateLabel: Self.label(stop.state, words), stateClass: Self.cssClass(stop.state), reported: stop.state != .open,
                url: "\(areaURL)?stop=\(stop.number)#aktuell", postURL: areaURL + "/report", version: walk.version,
                reportID: "a\(walk.area)-v\(walk.version)-s\(stop.number)-g\(stop.changes)", reasons: Self.reasons(words),
                deliverLabel: stop.papers > 1 ? words.deliveredWholeEntrance : words.delivered)
        }
        let number = chosen.flatMap { n in walk.stops.indices.contains(n - 1) ? n : nil } ?? walk.nextStop
        finished = number == nil
        shown = number.map { stops[$0 - 1] } ?? stops.first
    }

    static func reasons(_ words: PhoneWords) -> [Reason] {
        DeliveryRecord.Reason.allCases.map { Reason(value: "skip-\($0.rawValue)", label: words.reason($0)) }
    }

    static func label(_ state: AreaWalk.Stop.State, _ words: PhoneWords) -> String {
        switch state {
        case .open: words.open
        case .delivered: words.delivered
        case .skipped(let reason): words.skipped + ": " + words.reason(reason).lowercased()
        }
    }

    static func cssClass(_ state: AreaWalk.Stop.State) -> String {
        switch state {
        case .open: "open"
        case .delivered: "delivered"
        case .skipped: "skipped"
        }
    }
}

/// A volunteer's list of areas.
struct VolunteerView {
    struct Area {
        var id: String
        var url: String
        var households: Int
        var householdsDone: Int
        var percent: Int
        var stops: Int
        var minutesLeft: Int
    }

    var title: String
    var map = false
    var words: PhoneWords
    var wordsJSON: String
    var base: String
    var areas: [Area]
    var contact: String

    init(walks: [AreaWalk], base: String, contact: String, words: PhoneWords) {
        title = words.yourAreas
        self.words = words
        wordsJSON = words.forScript
        self.base = base
        areas = walks.map { walk in
            Area(
                id: walk.area.description, url: "\(base)/areas/\(walk.area)", households: walk.households, householdsDone: walk.householdsDone,
                percent: walk.households == 0 ? 100 : walk.householdsDone * 100 / walk.households, stops: walk.stops.count,
                minutesLeft: Int(walk.minutesLeft.value.rounded(.up)))
        }
        self.contact = contact
    }
}

/// A revoked or expired link.
struct RefusedView {
    var title: String
    var map = false
    var words: PhoneWords
    var heading: String
    var explanation: String
    var contact: String

    init(access: LinkAccess, contact: String, words: PhoneWords) {
        let revoked = access.state == .revoked
        self.words = words
        heading = revoked ? words.revoked : words.expired
        title = heading
        explanation = revoked ? words.revokedExplanation : "\(words.expiredExplanation) \(access.lastDay)."
        self.contact = contact
    }
}
