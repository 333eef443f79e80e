import Foundation
import Households
import Planner
import Rendering
import Store

extension District {
    /// Papers to order per association and for the district: every household of the
    /// association, planned or not, plus the spare margin (config `sheets.sparePercent`).
    public func printRun(sparePercent: Double? = nil) throws -> PrintRun {
        let spare = sparePercent ?? config.sheets.sparePercent
        guard spare >= 0 && spare <= 100 else { throw InputFileError(path: databasePath, message: "--spare must be 0 to 100 percent, not \(spare)") }
        let points = try existingStore().read { tx in try tx.points() }
        var households: [String: Int] = [:]
        for p in points { if let association = p.association { households[association, default: 0] += p.count.households } }
        return PrintRun(households: households.map { ($0.key, $0.value) }, sparePercent: spare)
    }

    /// The district's areas, or one association's, coloured by status, as PNG, SVG or PDF (by the file's extension).
    public func drawMap(to path: String, association: String? = nil, language: SheetWords.Language? = nil) throws -> Int {
        guard let format = Document.Format.of(path: path) else {
            throw InputFileError(path: path, message: "the map is written as .png, .svg or .pdf")
        }
        let store = try existingStore()
        let names = try store.read { tx in try tx.associationNames() }
        let chosen = Set(try chosenAssociations(association, among: names))
        let drawing = try PlanDrawing(store: store, walking: config.walking)
        let areas = drawing.areas.filter { chosen.contains($0.association) }
        guard !areas.isEmpty else { throw InputFileError(path: databasePath, message: "no areas yet; run `utdelning plan` first") }
        let words = SheetWords(language ?? SheetWords.Language(rawValue: config.sheets.language) ?? .sv)
        let scene = drawing.statusScene(for: areas, status: drawing.status(of:))
        let size = StatusMapPage.size(for: scene)
        let document = try Document(path: path, format: format, firstPage: size, title: config.district.name)
        try document.page { canvas in
            StatusMapPage(words: words).draw(title: "\(config.district.name)\(association.map { " · \($0)" } ?? "")", scene: scene, on: canvas)
        }
        try document.close()
        return areas.count
    }
}
