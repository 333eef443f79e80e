import COSMium

/// The tags of one OSM object, read in place from libosmium's buffers.
/// Valid only inside the handler call that received it: copy what you keep.
public struct OSMTags {
    let base: UnsafePointer<cosmium_tag>?
    public let count: Int

    init(_ base: UnsafePointer<cosmium_tag>?, _ count: Int) {
        self.base = base
        self.count = base == nil ? 0 : count
    }

    public var isEmpty: Bool { count == 0 }

    /// The value of a key, compared as C strings so that untagged and
    /// uninteresting objects cost no String allocation.
    public func value(_ key: StaticString) -> String? {
        guard let base else { return nil }
        return key.withUTF8Buffer { keyBytes -> String? in
            for i in 0..<count {
                guard let k = base[i].key, let v = base[i].value else { continue }
                if equal(k, keyBytes) { return Self.text(v) }
            }
            return nil
        }
    }

    public func contains(_ key: StaticString) -> Bool {
        guard let base else { return false }
        return key.withUTF8Buffer { keyBytes in
            (0..<count).contains { i in base[i].key.map { equal($0, keyBytes) } ?? false }
        }
    }

    /// Every tag whose key starts with one of the prefixes, as Swift strings. The prefixes
    /// are compared on the key's bytes, so the keys passed over cost no String.
    public func pairs(withPrefixes prefixes: [String]) -> [(key: String, value: String)] {
        guard let base else { return [] }
        var result: [(key: String, value: String)] = []
        for i in 0..<count {
            guard let k = base[i].key, let v = base[i].value, prefixes.contains(where: { Self.bytes(of: k, startWith: $0) }) else { continue }
            result.append((Self.text(k), Self.text(v)))
        }
        return result
    }

    /// Stops at the first byte that differs, the key's closing NUL included.
    static func bytes(of cString: UnsafePointer<CChar>, startWith prefix: String) -> Bool {
        prefix.utf8.enumerated().allSatisfy { i, byte in UInt8(bitPattern: cString[i]) == byte }
    }

    /// A tag's text as text alone: a control character (a terminal's escape, a bell) that a
    /// PBF may carry would act on the screen of whoever lists the address, and XML (GPX, SVG)
    /// cannot hold it. Tabs and line breaks become spaces, the others U+FFFD. The bytes are
    /// looked at first, so that a plain value costs nothing more.
    static func text(_ cString: UnsafePointer<CChar>) -> String {
        var i = 0
        var plain = true
        while cString[i] != 0 {
            let byte = UInt8(bitPattern: cString[i])
            // C0 controls and DEL; C1 controls are U+0080–U+009F, in UTF-8 0xC2 0x80–0x9F.
            if byte < 0x20 || byte == 0x7F || (byte == 0xC2 && (0x80...0x9F).contains(UInt8(bitPattern: cString[i + 1]))) {
                plain = false
                break
            }
            i += 1
        }
        let text = String(cString: cString)
        guard !plain else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            guard scalar.properties.generalCategory == .control else { return scalar }
            return scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : "\u{FFFD}"
        }))
    }

    private func equal(_ cString: UnsafePointer<CChar>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            if UInt8(bitPattern: cString[i]) != bytes[i] { return false }
            i += 1
        }
        return cString[i] == 0
    }
}

public struct OSMNode {
    public let id: Int64
    public let latitude: Double
    public let longitude: Double
    public let tags: OSMTags
}

public struct OSMWay {
    public let id: Int64
    /// Valid only inside the handler call.
    public let nodeIDs: UnsafeBufferPointer<Int64>
    public let tags: OSMTags
}

public enum OSMMemberType: Sendable, Hashable {
    case node, way, relation

    init?(_ type: Int32) {
        switch type {
        case Int32(COSMIUM_NODE.rawValue): self = .node
        case Int32(COSMIUM_WAY.rawValue): self = .way
        case Int32(COSMIUM_RELATION.rawValue): self = .relation
        default: return nil
        }
    }
}

public struct OSMMember: Sendable, Hashable {
    public let type: OSMMemberType
    public let id: Int64
    public let role: String
}

public struct OSMRelation {
    public let id: Int64
    public let tags: OSMTags
    let base: UnsafePointer<cosmium_member>?
    let count: Int

    /// The members, copied out (relations are few, so this may allocate).
    /// A member the file gives no role has the role "".
    public var members: [OSMMember] {
        guard let base else { return [] }
        return (0..<count).compactMap { i in
            let m = base[i]
            guard let type = OSMMemberType(m.type) else { return nil }
            return OSMMember(type: type, id: m.id, role: m.role.map { String(cString: $0) } ?? "")
        }
    }
}

/// Receives the objects of a file in file order (nodes, then ways, then relations
/// in well-formed extracts). Throwing stops the read and the error is rethrown.
public protocol OSMHandler: AnyObject {
    func node(_ node: OSMNode) throws
    func way(_ way: OSMWay) throws
    func relation(_ relation: OSMRelation) throws
}
