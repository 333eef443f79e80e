import Foundation
import Households
import Rendering

extension District {
    /// The district's areas, or one association's, coloured by status, as PNG, SVG or PDF (by the file's extension).
    public func drawMap(to path: String, association: String? = nil, language: SheetWords.Language? = nil) throws -> Int {
        guard let format = Document.Format.of(path: path) else {
            throw ArgumentError("\(path): the map is written as .png, .svg or .pdf")
        }
        let store = try existingStore()
        let names = try store.read { tx in try tx.associationNames() }
        let chosen = Set(try chosenAssociations(association, among: names))
        let drawing = try PlanDrawing(store: store, walking: config.walking)
        let areas = drawing.areas.filter { chosen.contains($0.association) }
        guard !areas.isEmpty else { throw DistrictError.noAreas }
        let words = sheetWords(language)
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
