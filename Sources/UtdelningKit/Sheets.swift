import Foundation
import Geometry
import Households
import Planner
import Rendering
import Store
import Vocabulary

/// What `sheets` wrote.
public struct SheetsReport: Sendable, Codable, Equatable {
    public struct File: Sendable, Codable, Equatable {
        public var path: String
        public var association: String
        public var areas: Int
        public var pages: Int
    }

    public var files: [File]
}

extension District {
    /// Route sheets as PDF: per association a cover (areas, papers, print run), an overview
    /// map and every area's sheet in Hilbert order; with `area`, that area's sheet alone.
    public func writeSheets(to directory: String, association: String? = nil, area: AreaID? = nil, language: SheetWords.Language? = nil) throws -> SheetsReport {
        let store = try existingStore()
        let names = try store.read { tx in try tx.associationNames() }
        let chosen = try chosenAssociations(association, among: names)
        let drawing = try PlanDrawing(store: store, walking: config.walking)
        let words = sheetWords(language)
        guard !drawing.areas.isEmpty else { throw DistrictError.noAreas }
        let sheetPages = AreaSheetPages(words: words)
        if let id = area {
            guard let only = drawing.areas.first(where: { $0.id == id }) else { throw DistrictError.noArea(id) }
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let path = (directory as NSString).appendingPathComponent("area-\(id).pdf")
            let document = try Document(path: path, format: .pdf, firstPage: .a4Portrait, title: "\(words.area) \(id)")
            let versions = try store.read { tx in try tx.versionsToPrint([id]) }
            let links = try areaLinks([id], store: store)
            try sheetPages.draw(sheet(for: only, version: versions[id] ?? only.version, link: links[id], drawing: drawing, words: words), into: document)
            try document.close()
            try store.write { tx in try tx.markPrinted(versions: versions) }
            return SheetsReport(files: [.init(path: path, association: only.association, areas: 1, pages: document.pages)])
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let printRun = try self.printRun()
        let jobs = chosen.map { name in (name, drawing.sheetOrder(drawing.areas.filter { $0.association == name })) }.filter { !$0.1.isEmpty }
        // One association asked for by name and nothing to print: say so rather than write nothing.
        if let name = chosen.first, association != nil, jobs.isEmpty { throw DistrictError.noAreasIn(name) }
        let versions = try store.read { tx in try tx.versionsToPrint(jobs.flatMap { $0.1.map(\.id) }) }
        let links = try areaLinks(jobs.flatMap { $0.1.map(\.id) }, store: store)
        let fileNames = SheetFileName.unique(names)
        // One PDF per association, written on every core, the largest first.
        let order = jobs.indices.sorted { (-jobs[$0].1.count, $0) < (-jobs[$1].1.count, $1) }
        let slots = ConcurrentSlots<Result<SheetsReport.File, Error>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { step in
            let (name, areas) = jobs[order[step]]
            slots.set(order[step], Result {
                let path = (directory as NSString).appendingPathComponent(fileNames[name] ?? SheetFileName.safe(name) + ".pdf")
                let document = try Document(path: path, format: .pdf, firstPage: .a4Portrait, title: "\(name) · \(words.cover)")
                let sheets = areas.map { sheet(for: $0, version: versions[$0.id] ?? $0.version, link: links[$0.id], drawing: drawing, words: words) }
                let cover = AssociationCover(
                    district: config.district.name, association: name,
                    entries: sheets.map {
                        .init(
                            areaID: $0.areaID, name: $0.name, volunteer: $0.volunteer, points: $0.rows.count, papers: $0.papers, time: $0.time,
                            modeWords: $0.modeWords)
                    },
                    sparePercent: config.sheets.sparePercent,
                    printRunPapers: printRun.associations.first { $0.name == name }?.papers ?? 0,
                    overview: drawing.statusScene(for: areas, status: drawing.status(of:)))
                try CoverPages(words: words).draw(cover, into: document)
                for sheet in sheets { try sheetPages.draw(sheet, into: document) }
                try document.close()
                return SheetsReport.File(path: path, association: name, areas: areas.count, pages: document.pages)
            })
        }
        let files = try slots.values.compactMap { try $0?.get() }
        // On paper now: a plan keeps these stops and numbers until the area is released.
        try store.write { tx in try tx.markPrinted(versions: versions) }
        return SheetsReport(files: files)
    }

    /// The words of sheets, maps and reports: `--lang`, else `sheets.language`.
    func sheetWords(_ language: SheetWords.Language?) -> SheetWords {
        SheetWords(language ?? SheetWords.Language(rawValue: config.sheets.language) ?? .sv)
    }

    /// - Parameter link: the area's link for its QR code, else the report address of `sheets.reportBaseURL`.
    private func sheet(for area: StoredArea, version: Int, link: String?, drawing: PlanDrawing, words: SheetWords) -> AreaSheet {
        let stops = area.route.compactMap { drawing.points[$0] }
        let addresses = stops.map(\.point.address)
        // A reprint of an area in progress: delivered doors ticked, doors that refused without a box.
        let rows = stops.map { stop in
            let standing = drawing.standings[stop.point.key]
            let state: AreaSheet.Row.State = switch (standing?.outcome, standing?.reason) {
            case (.delivered?, _): .delivered
            case (.skipped?, .refused?): .closed
            default: .open
            }
            return AreaSheet.Row(
                address: stop.point.address.line, papers: stop.count.households, note: note(for: stop, mode: area.mode, drawing: drawing, words: words), state: state)
        }
        let modeWords = switch area.mode {
        case .walk: words.walk
        case .bike: words.bike
        case .car: words.car
        }
        return AreaSheet(
            district: config.district.name, association: area.association, areaID: area.id, version: version, name: Self.name(of: addresses, words: words),
            volunteer: drawing.volunteerName[area.id], modeWords: modeWords, households: area.households, time: area.time, length: area.length,
            start: addresses.first?.line ?? "", streetSummary: StreetRanges.summary(addresses, odd: words.odd, even: words.even), rows: rows,
            map: drawing.sheetScene(for: area, preferredNames: Set(addresses.map(\.street))), reportURL: link ?? config.sheets.reportURL(area: area.id, version: version))
    }

    private func note(for stop: StoreTransaction.StoredPoint, mode: PlannedArea.Mode, drawing: PlanDrawing, words: SheetWords) -> String {
        var notes: [String] = []
        if stop.point.withoutAddress != nil { notes.append(words.noMapAddress) }
        if stop.count.households > 2 { notes.append(String(format: words.apartmentEntrance, stop.count.households)) }
        if stop.count.households == 0 { notes.append(words.noHouseholds) }
        if drawing.offStreet.contains(stop.point.key) { notes.append(mode == .walk ? words.noWalkableStreet : words.noRoad) }
        // A stop skipped before says why, so the next volunteer brings a door code.
        if let standing = drawing.standings[stop.point.key], standing.outcome == .skipped, let reason = standing.reason {
            notes.append(words.skipNotes[reason.rawValue] ?? reason.rawValue)
        }
        return notes.joined(separator: "; ")
    }

    /// The area's two streets with the most doors: "Storgatan, Kyrkvägen m.fl.".
    static func name(of addresses: [Address], words: SheetWords) -> String {
        var order: [String] = []
        var doors: [String: Int] = [:]
        for street in addresses.map(\.street) where !street.isEmpty {
            if doors[street] == nil { order.append(street) }
            doors[street, default: 0] += 1
        }
        let top = order.enumerated().sorted { (-(doors[$0.element] ?? 0), $0.offset) < (-(doors[$1.element] ?? 0), $1.offset) }.prefix(2).map(\.element)
        let more = order.count > 2 ? (words.language == .sv ? " m.fl." : " etc.") : ""
        return top.joined(separator: ", ") + more
    }
}
