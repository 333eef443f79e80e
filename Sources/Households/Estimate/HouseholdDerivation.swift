import Geometry
import Vocabulary

/// Works out, from everything imported, which association each point belongs to
/// and how many households it has. Pure: the same facts and rules give the same
/// result, so re-running it after any import keeps the store current whatever
/// order files arrive in.
public struct HouseholdDerivation: Sendable {
    public struct Result: Sendable {
        /// Boundary names, or the district's name alone when no boundaries are imported.
        public var associationNames: [String]
        /// point key → association, for every point (those outside every polygon as `outside` says).
        public var associationOfPoint: [PointKey: String]
        /// Points that lie in no association's polygon.
        public var outsidePointKeys: Set<PointKey>
        public var associationOfBuilding: [String: String]
        /// register row key → point key it speaks for.
        public var registerMatches: [String: PointKey]
        /// Keys of the rows in `registerMatches` that matched by address rather than position.
        public var registerByAddress: Set<String>
        /// Points made by register rows that match no mapped address, by row key.
        public var registerPoints: [String: DeliveryPoint]
        public var counts: [PointKey: HouseholdCount]
        public var calibration: Calibration
        /// Points that lay in more than one polygon, per (winner, loser) pair.
        public var overlaps: [AssociationAssigner.Overlap: Int]
    }

    public let rules: HouseholdRules
    public let districtName: String
    public let outside: OutsidePoints

    public init(rules: HouseholdRules, districtName: String, outside: OutsidePoints = .ownAssociation(OutsidePoints.defaultName)) {
        self.rules = rules
        self.districtName = districtName
        self.outside = outside
    }

    /// - Parameter mapPoints: points from map files only (register-made points are re-made here).
    public func derive(mapPoints: [DeliveryPoint], buildings: [Building], registerRows: [RegisterRow], boundaries: [Boundary]) throws -> Result {
        let match = RegisterMatcher(rules: rules).match(rows: registerRows, points: mapPoints)
        var registerPoints: [String: DeliveryPoint] = [:]
        for point in match.newPoints { registerPoints[String(point.key.rawValue.dropFirst("register:".count))] = point }
        let allPoints = mapPoints.concatenated(with: match.newPoints)

        var associationOfPoint: [PointKey: String] = [:]
        var associationOfBuilding: [String: String] = [:]
        var overlaps: [AssociationAssigner.Overlap: Int] = [:]
        var outsideKeys = Set<PointKey>()
        // Room for every key at once: growing rehashed each dictionary's keys several times.
        associationOfPoint.reserveCapacity(allPoints.count)
        associationOfBuilding.reserveCapacity(buildings.count)
        let names: [String]
        if boundaries.isEmpty {
            names = [districtName]
            for p in allPoints { associationOfPoint[p.key] = districtName }
            for b in buildings { associationOfBuilding[b.key] = districtName }
        } else {
            let assigner = try AssociationAssigner(boundaries: boundaries)
            // Nobody is dropped: a point in no polygon goes where `outside` says.
            func place(_ c: Coordinate) throws -> String? {
                switch outside {
                case .ownAssociation(let name): name
                case .nearestAssociation: try assigner.nearestAssociation(to: c)
                }
            }
            for p in allPoints {
                if let name = try assigner.association(at: p.coordinate) {
                    associationOfPoint[p.key] = name
                } else {
                    outsideKeys.insert(p.key)
                    associationOfPoint[p.key] = try place(p.coordinate)
                }
            }
            overlaps = assigner.overlaps
            for b in buildings { associationOfBuilding[b.key] = try assigner.association(at: b.center) ?? place(b.center) }
            var named = Set(assigner.names)
            if let name = outside.ownAssociation, !outsideKeys.isEmpty { named.insert(name) }
            names = named.sorted()
        }

        var registerHouseholds: [PointKey: Int] = [:]
        for row in registerRows {
            if let pointKey = match.matched[row.key] {
                registerHouseholds[pointKey] = row.households
            } else {
                registerHouseholds[PointKey("register:" + row.key)] = row.households
            }
        }
        let (counts, calibration) = HouseholdEstimator(rules: rules).count(
            points: allPoints, buildings: buildings, associationOf: associationOfBuilding, registerHouseholds: registerHouseholds)
        return Result(
            associationNames: names, associationOfPoint: associationOfPoint, outsidePointKeys: outsideKeys,
            associationOfBuilding: associationOfBuilding,
            registerMatches: match.matched, registerByAddress: match.byAddress, registerPoints: registerPoints, counts: counts, calibration: calibration,
            overlaps: overlaps)
    }
}
