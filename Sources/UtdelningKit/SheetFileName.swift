import Foundation

/// The file names of associations' sheets: "Karlstad.pdf", the association's name with nothing
/// that would make a path of it, and one file per association. Names made safe can meet (two
/// names alike for their first 200 bytes, "A/B" and "A-B", "Norr" and "norr" on a disk that
/// ignores case); each of those gets a short tag of its own full name, so that no sheet file
/// overwrites another's, and the same name gets the same file in every run.
enum SheetFileName {
    /// A file name may have 255 bytes; room is left for the tag and ".pdf".
    static let maximumBytes = 200

    /// Every association's file name, told apart where the safe names meet. Asked of all the
    /// district's associations, so that printing one alone names its file as printing all does.
    static func unique(_ associations: [String]) -> [String: String] {
        let sorted = Array(Set(associations)).sorted()
        var meeting: [String: Int] = [:]
        for name in sorted { meeting[key(safe(name)), default: 0] += 1 }
        var taken: Set<String> = []
        var files: [String: String] = [:]
        for name in sorted {
            let plain = safe(name)
            var file = meeting[key(plain), default: 0] > 1 ? tagged(name, tag(name)) : plain
            // A tag may meet another association's name as written; count on from the tag.
            var again = 2
            while taken.contains(key(file)) {
                file = tagged(name, "\(tag(name))-\(again)")
                again += 1
            }
            taken.insert(key(file))
            files[name] = file + ".pdf"
        }
        return files
    }

    /// One association's name made safe, without telling it apart from others: no separators
    /// or control characters, no leading dot (`..`, a hidden file), and at most `bytes` bytes
    /// of UTF-8 cut between characters (a 300-character name with emoji was more than a file
    /// name may be).
    static func safe(_ association: String, bytes: Int = maximumBytes) -> String {
        var name = association.map { "/\\:".contains($0) || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "-" : String($0) }.joined()
        while name.hasPrefix(".") { name.removeFirst() }
        var kept = ""
        for character in name {
            guard kept.utf8.count + String(character).utf8.count <= bytes else { break }
            kept.append(character)
        }
        return kept.isEmpty ? "-" : kept
    }

    /// "Name (3f9a0c12)": the safe name cut to leave room for the tag.
    private static func tagged(_ association: String, _ tag: String) -> String {
        let suffix = " (\(tag))"
        return safe(association, bytes: maximumBytes - suffix.utf8.count) + suffix
    }

    /// Eight hex digits of the full name's FNV-1a hash: the same on every machine and run.
    static func tag(_ association: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in association.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(format: "%08x", UInt32(truncatingIfNeeded: hash ^ (hash >> 32)))
    }

    /// How a file system may see two names as one: letters' case and Unicode's composed and
    /// decomposed forms (macOS's and a memory stick's file systems ignore both).
    private static func key(_ file: String) -> String {
        file.precomposedStringWithCanonicalMapping.lowercased()
    }
}
