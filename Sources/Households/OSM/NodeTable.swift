import Geometry

/// Every node position of an extract in compact arrays: the id, and latitude and
/// longitude in OSM's own fixed point (1e-7°, about a centimetre). 16 bytes a node,
/// looked up by binary search, since PBF files come sorted by id. A node the file
/// holds more than once (`osmium cat` of overlapping extracts) keeps its last copy.
struct NodeTable {
    private(set) var ids: [Int64] = []
    private var latitudes: [Int32] = []
    private var longitudes: [Int32] = []
    private var sorted = true

    mutating func append(id: Int64, latitude: Double, longitude: Double) {
        if let last = ids.last, id <= last { sorted = false }
        ids.append(id)
        latitudes.append(Int32((latitude * 1e7).rounded()))
        longitudes.append(Int32((longitude * 1e7).rounded()))
    }

    /// Sorts once, if the file was not in id order; call before the first lookup.
    mutating func prepareForLookup() {
        guard !sorted else { return }
        // By id, then as read; of an id read more than once only the last copy stays.
        let all = ids.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }
        let order = all.indices.filter { $0 + 1 == all.count || ids[all[$0 + 1]] != ids[all[$0]] }.map { all[$0] }
        ids = order.map { ids[$0] }
        latitudes = order.map { latitudes[$0] }
        longitudes = order.map { longitudes[$0] }
        sorted = true
    }

    func coordinate(of id: Int64) -> Coordinate? {
        var low = 0
        var high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id { low = mid + 1 } else { high = mid }
        }
        guard low < ids.count, ids[low] == id else { return nil }
        return Coordinate(latitude: Double(latitudes[low]) / 1e7, longitude: Double(longitudes[low]) / 1e7)
    }

    var count: Int { ids.count }
}
