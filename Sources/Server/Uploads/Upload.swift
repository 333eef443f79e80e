import Foundation

/// A file the coordinator sent from the console, on disk in a folder of its own under the
/// system's temporary folder, with the form's other fields. The file keeps its own name, so
/// the import names the dataset as the command line would (`import osm norra.osm.pbf`).
struct Upload: Sendable {
    let folder: URL
    /// The name the coordinator's file had, made safe for a path.
    let fileName: String
    let bytes: Int
    /// The form's small fields (the file's excepted), by name.
    let fields: [String: String]

    var path: String { folder.appendingPathComponent(fileName).path }

    func field(_ name: String) -> String? {
        fields[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Removes the file and its folder (the import has read it, or it was refused).
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A file name as a path's last part: the browser's name without folders, control
    /// characters or a leading dot, at most 120 bytes; "upload" if nothing is left.
    static func safeName(_ given: String) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(String.UnicodeScalarView(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }))
        while name.hasPrefix(".") { name.removeFirst() }
        while name.utf8.count > 120 {
            // Keep the end: the extension tells the reader the format.
            name.removeFirst()
        }
        return name.isEmpty ? "upload" : name
    }
}
