import CMETIS
import CThreadRandom
import Foundation

/// Multilevel k-way partitioning by METIS (Karypis and Kumar) of one connected piece
/// of a cut graph into contiguous parts of about equal work time, cutting as little
/// adjacency weight as it can: few, cheap cuts make compact areas whose borders run
/// along barriers. Where papers bind, they are a second balance constraint whose
/// tolerance is exactly the paper cap.
enum MetisPartition {
    /// METIS seeds and draws from the C library's rand(), one generator for the whole
    /// process, so two partitions at once on two threads would draw from each other's
    /// sequence and the plan would stop being reproducible. Where CThreadRandom's rand()
    /// is the process's (linked into the executable), each thread draws from its own and
    /// partitions may run at once; elsewhere one at a time.
    private static let oneAtATime = NSLock()
    static let runsConcurrently = utdelning_rand_is_per_thread() != 0

    /// - Parameters:
    ///   - members: unit indices of one connected piece, ascending.
    ///   - shares: each part's share of the work, adding up to 1; nil for equal parts.
    ///   - edgeWeight: the cost of separating two adjacent units.
    /// - Returns: each member's part in `0..<parts`, or nil when METIS refuses.
    static func parts(
        of members: [Int], in graph: CutGraph, parts: Int, shares: [Double]? = nil, maxPapers: Int, seed: Int32,
        edgeWeight: (Int, Int) -> Int32
    ) -> [Int]? {
        guard parts > 1, members.count >= parts else { return nil }
        var local = [Int: Int32](minimumCapacity: members.count)
        for (i, m) in members.enumerated() { local[m] = Int32(i) }
        var xadj: [idx_t] = [0]
        var adjncy: [idx_t] = []
        var adjwgt: [idx_t] = []
        for m in members {
            for v in graph.adjacency[m] {
                guard let j = local[v] else { continue }
                adjncy.append(j)
                adjwgt.append(max(1, edgeWeight(m, v)))
            }
            xadj.append(idx_t(adjncy.count))
        }
        let papers = members.reduce(0) { $0 + graph.papers[$1] }
        // Papers as a constraint only where they come near the cap: balancing papers that
        // never bind would cost time balance for nothing.
        let paperSlack = Double(maxPapers) * Double(parts) / Double(max(1, papers))
        let constraints: idx_t = paperSlack < 1.25 ? 2 : 1
        var vwgt: [idx_t] = []
        for m in members {
            vwgt.append(idx_t(max(1, graph.seconds[m].rounded())))
            if constraints == 2 { vwgt.append(idx_t(graph.papers[m])) }
        }
        var ubvec: [real_t] = constraints == 2 ? [1.03, real_t(max(1.001, paperSlack))] : [1.03]
        var options = [idx_t](repeating: 0, count: Int(METIS_NOPTIONS))
        METIS_SetDefaultOptions(&options)
        options[Int(METIS_OPTION_CONTIG.rawValue)] = 1
        options[Int(METIS_OPTION_SEED.rawValue)] = idx_t(seed)
        options[Int(METIS_OPTION_NUMBERING.rawValue)] = 0
        var count = idx_t(members.count)
        var ncon = constraints
        var nparts = idx_t(parts)
        var objval: idx_t = 0
        var part = [idx_t](repeating: 0, count: members.count)
        // Uneven shares only where asked: equal ones go as METIS's default (nil), as before.
        let uneven = shares.flatMap { s in Set(s).count > 1 && s.count == parts ? s : nil }
        var tpwgts: [real_t] = uneven.map { s in s.flatMap { Array(repeating: real_t($0), count: Int(constraints)) } } ?? []
        func partition() -> idx_t {
            tpwgts.isEmpty
                ? METIS_PartGraphKway(&count, &ncon, &xadj, &adjncy, &vwgt, nil, &adjwgt, &nparts, nil, &ubvec, &options, &objval, &part)
                : METIS_PartGraphKway(&count, &ncon, &xadj, &adjncy, &vwgt, nil, &adjwgt, &nparts, &tpwgts, &ubvec, &options, &objval, &part)
        }
        let status = runsConcurrently ? partition() : oneAtATime.withLock { partition() }
        guard status == METIS_OK.rawValue else { return nil }
        return part.map { Int($0) }
    }
}
