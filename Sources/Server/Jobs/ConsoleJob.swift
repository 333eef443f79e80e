import Foundation
import Households
import UtdelningKit

/// One long piece of work started from the console (an upload's import, or a plan), as the
/// job page shows it while it waits, runs and ends. A plain value: the queue hands out copies.
struct ConsoleJob: Sendable, Encodable {
    enum Kind: String, Sendable, Encodable, CaseIterable {
        case osm, boundaries, register, volunteers, returnedSheets, plan

        /// A file that changes households or associations, after which areas are cut again.
        var leadsToPlan: Bool { self == .osm || self == .boundaries || self == .register }
    }

    enum State: String, Sendable, Encodable {
        case queued, running, done, failed
    }

    enum Phase: String, Sendable, Encodable {
        case reading, writing, planning
    }

    /// One association of a plan: waiting, being cut, or cut into `areas`.
    struct AssociationStep: Sendable, Encodable, Equatable {
        var name: String
        var deliveryPoints: Int
        var started = false
        var areas: Int?
    }

    let id: Int
    let kind: Kind
    /// The file's name, or what a plan covers.
    let title: String
    /// The staff user's name (never a volunteer's).
    let startedBy: String
    var state = State.queued
    var phase: Phase?
    var objectsRead = 0
    var associations: [AssociationStep] = []
    /// The same report as the command line's, once done.
    var report: String?
    /// A plan's figures, once done.
    var planSummary: PlanSummaryFigures?
    /// The one-line error the command line would print.
    var error: String?
    /// Jobs before this one in the queue (0 while it runs or once ended); the queue works it
    /// out when it hands out a copy.
    var ahead = 0
    let queuedAt: Date
    var startedAt: Date?
    var finishedAt: Date?

    /// Counts the job's changes: a page waiting for news asks for a version after its own.
    var version = 0

    var isOver: Bool { state == .done || state == .failed }

    /// From its start to its end, once ended.
    var runSeconds: Double? {
        guard let startedAt, let finishedAt else { return nil }
        return finishedAt.timeIntervalSince(startedAt)
    }
}

/// A plan's summary as the console shows it: the figures of `plan`'s last line, and the
/// households no association's polygon holds.
struct PlanSummaryFigures: Sendable, Encodable, Equatable {
    var areas: Int
    var households: Int
    var withinTolerance: Int
    var fullBags: Int
    var remnants: Int
    var deadheadPercent: Int
    var householdsOutside: Int
    var pointsOutside: Int
    var areasByAssociation: [AssociationAreas]

    struct AssociationAreas: Sendable, Encodable, Equatable {
        var name: String
        var areas: Int
        var households: Int
    }
}

extension PlanSummaryFigures {
    init(_ report: AreasReport, outside: HouseholdSummary.Tally) {
        let s = report.summary
        areas = s.areas
        households = s.households
        withinTolerance = s.withinTolerance
        fullBags = s.paperCapped
        remnants = s.remnants
        deadheadPercent = Int((s.deadheadRatio * 100).rounded())
        householdsOutside = outside.households
        pointsOutside = outside.deliveryPoints
        let byAssociation = Dictionary(grouping: report.areas, by: \.association)
        areasByAssociation = byAssociation.keys.sorted().map { name in
            let areas = byAssociation[name] ?? []
            return AssociationAreas(name: name, areas: areas.count, households: areas.reduce(0) { $0 + $1.households })
        }
    }
}
