import Geometry
import OSMFile

/// The raw pieces of an extract that households and streets are made of, gathered
/// in one streaming pass. Tags are copied only for objects that matter.
final class OSMCollector: OSMHandler {
    struct AddressTags: Hashable {
        var street: String?
        var place: String?
        var houseNumber: String
        var postcode: String?
        var city: String?
        /// The business or facility the address object itself is ("shop=bakery"), unless
        /// it also says people live there (a residential `building` type or `building:flats`).
        var use: String?

        init?(_ tags: OSMTags) {
            guard let number = tags.value("addr:housenumber") else { return nil }
            houseNumber = number
            street = tags.value("addr:street")
            place = tags.value("addr:place")
            postcode = tags.value("addr:postcode")
            city = tags.value("addr:city")
            let dwelling = tags.value("building").map(BuildingTags.residentialTypes.contains) == true || tags.contains("building:flats")
            use = dwelling ? nil : BuildingTags.use(tags)
        }
    }

    struct BuildingTags: Hashable {
        var type: String
        var levels: String?
        var flats: String?
        var use: String?

        /// Tags that say a building of unclear type is used for something other than homes.
        static let useKeys: [StaticString] = ["shop", "amenity", "office", "craft", "industrial", "tourism", "leisure", "healthcare", "man_made"]

        init?(_ tags: OSMTags) {
            guard let type = tags.value("building"), type != "no" else { return nil }
            self.type = type
            levels = tags.value("building:levels")
            flats = tags.value("building:flats")
            use = Self.use(tags)
        }

        /// The first use tag, as "key=value".
        static func use(_ tags: OSMTags) -> String? {
            for key in useKeys {
                if let value = tags.value(key) { return "\(key)=\(value)" }
            }
            return nil
        }

        /// Types that say people live there (the default rules' estimated and one-household types).
        static let residentialTypes = Set(HouseholdRules().estimatedTypes + HouseholdRules().singleHouseholdTypes)
    }

    struct AddressNode {
        let id: Int64
        let coordinate: Coordinate
        let address: AddressTags
    }

    struct Way {
        let id: Int64
        let refs: Range<Int>
        let address: AddressTags?
        let building: BuildingTags?
        let mapCategory: MapWay.Category?
        let mapTags: [String: String]
    }

    struct Relation {
        let id: Int64
        let address: AddressTags?
        let building: BuildingTags?
        let memberWays: [Int64]
    }

    var nodes = NodeTable()
    var addressNodes: [AddressNode] = []
    var ways: [Way] = []
    /// Node ids of all kept ways, back to back; `Way.refs` indexes into it.
    var wayRefs: [Int64] = []
    /// Ways with no tags at all: possible members of multipolygon buildings.
    var untaggedWays: [(id: Int64, refs: Range<Int>)] = []
    var relations: [Relation] = []
    /// `landuse=*` areas (ways and multipolygons): which land a building stands on.
    var landuse = LanduseAreas()
    var invalidNodes: [Int64] = []
    var counts = (nodes: 0, ways: 0, relations: 0)

    func node(_ node: OSMNode) throws {
        counts.nodes += 1
        let coordinate = Coordinate(latitude: node.latitude, longitude: node.longitude)
        guard coordinate.isValid else {
            invalidNodes.append(node.id)
            return
        }
        nodes.append(id: node.id, latitude: node.latitude, longitude: node.longitude)
        guard !node.tags.isEmpty, let address = AddressTags(node.tags) else { return }
        addressNodes.append(AddressNode(id: node.id, coordinate: coordinate, address: address))
    }

    func way(_ way: OSMWay) throws {
        counts.ways += 1
        if way.tags.isEmpty {
            untaggedWays.append((way.id, appendRefs(way.nodeIDs)))
            return
        }
        let address = AddressTags(way.tags)
        let building = BuildingTags(way.tags)
        let category: MapWay.Category? =
            way.tags.contains("highway") ? .highway
            : way.tags.contains("railway") ? .railway
            : way.tags.contains("waterway") ? .waterway : nil
        if let use = way.tags.value("landuse") { landuse.ways.append((use, way.id, appendRefs(way.nodeIDs))) }
        guard address != nil || building != nil || category != nil else { return }
        var mapTags: [String: String] = [:]
        if category != nil {
            for (key, value) in way.tags.pairs(withPrefixes: MapWay.keptTagPrefixes) { mapTags[key] = value }
        }
        ways.append(Way(
            id: way.id, refs: appendRefs(way.nodeIDs), address: address, building: building,
            mapCategory: category, mapTags: mapTags))
    }

    func relation(_ relation: OSMRelation) throws {
        counts.relations += 1
        // Only multipolygons have an area of their own; other relations (streets,
        // routes, type=building parts) are not households.
        guard relation.tags.value("type") == "multipolygon" else { return }
        if let use = relation.tags.value("landuse") { landuse.relations.append((use, relation.members.filter { $0.type == .way }.map(\.id))) }
        let address = AddressTags(relation.tags)
        let building = BuildingTags(relation.tags)
        guard address != nil || building != nil else { return }
        let memberWays = relation.members.filter { $0.type == .way }.map(\.id)
        relations.append(Relation(id: relation.id, address: address, building: building, memberWays: memberWays))
    }

    private func appendRefs(_ ids: UnsafeBufferPointer<Int64>) -> Range<Int> {
        let start = wayRefs.count
        wayRefs.append(contentsOf: ids)
        return start..<wayRefs.count
    }
}
