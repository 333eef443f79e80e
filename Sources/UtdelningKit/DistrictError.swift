import Vocabulary

/// What the district lacks for a request, or what changed in it under the request. No input
/// file is at fault, so none is named, and the database least of all: it is not a bad file.
public enum DistrictError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A query or change before any import: no database at the path.
    case noDatabase(path: String)
    case unknownAssociation(String, known: [String])
    case noArea(AreaID)
    case noVolunteer(VolunteerID)
    case noLink(Int64)
    case noUser(String)
    case duplicateUser(String)
    case noSheetVersion(area: AreaID, version: Int, latest: Int)
    /// A stop number past the end of the sheet.
    case noStopNumber(Int, area: AreaID, version: Int, stops: Int)
    /// Neither a stop number nor the key of a stop on the sheet.
    case notAStop(String, area: AreaID, version: Int)
    /// - Parameter then: what to do instead.
    case noStreets(then: String)
    case noAreas
    /// An association asked for by name that has no area: nothing to print for it.
    case noAreasIn(String)
    /// A report without a version, about an area recut since its sheet was printed: the
    /// numbers on the paper may name other doors now.
    case sheetChanged(area: AreaID, printed: Int, current: Int)
    case stopGone(area: AreaID, version: Int, pointKey: PointKey)
    /// A change by hand from a page loaded before someone else changed the area.
    case changedMeanwhile(area: AreaID, seen: AreaRevision, now: AreaRevision)
    /// A volunteer edited from a page loaded before someone else changed them.
    case volunteerChangedMeanwhile(VolunteerID, seen: VolunteerRevision, now: VolunteerRevision)

    public var kind: ErrorKind {
        switch self {
        case .noDatabase: .missingInput
        case .duplicateUser: .conflict
        case .unknownAssociation, .noArea, .noVolunteer, .noLink, .noUser, .noSheetVersion, .noStopNumber, .notAStop: .notFound
        case .noStreets, .noAreas, .noAreasIn: .notReady
        case .sheetChanged, .stopGone, .changedMeanwhile, .volunteerChangedMeanwhile: .conflict
        }
    }

    public var description: String {
        switch self {
        case .noDatabase(let path): "no district database at \(path) yet; import an OSM file first"
        case .unknownAssociation(let name, let known): "unknown association '\(name)' (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .noArea(let id): "no area \(id)"
        case .noVolunteer(let id): "no volunteer \(id)"
        case .noLink(let id): "no link \(id)"
        case .noUser(let name): "no user '\(name)'"
        case .duplicateUser(let name): "a user named '\(name)' exists already"
        case .noSheetVersion(let area, let version, let latest): "area \(area) has sheet versions 1–\(latest); no version \(version)"
        case .noStopNumber(let number, let area, let version, let stops): "area \(area) (version \(version)) has stops 1–\(stops); no stop \(number)"
        case .notAStop(let text, let area, let version): "'\(text)' is neither a stop number nor a stop of area \(area) (version \(version))"
        case .noStreets(let then): "no walkable streets imported; \(then)"
        case .noAreas: "no areas yet; run `utdelning plan` first"
        case .noAreasIn(let name): "association '\(name)' has no areas (no households in its polygon, or not planned yet)"
        case .sheetChanged(let area, let printed, let current):
            "area \(area) changed after its sheet was printed (version \(printed), now \(current)); give the version printed on the sheet"
        case .stopGone(let area, let version, let key): "area \(area) (version \(version)): the stop \(key) is no longer in the district"
        case .changedMeanwhile(let area, _, _): "area \(area) was changed by someone else since the page was loaded; reload it"
        case .volunteerChangedMeanwhile(let id, _, _): "volunteer \(id) was changed by someone else since the page was loaded; reload it"
        }
    }
}
