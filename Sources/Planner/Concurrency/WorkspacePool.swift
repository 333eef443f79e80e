import Foundation
import Routing

/// Search arrays for the street graph, lent to one search at a time: a district has a
/// million nodes, so each thread reuses arrays rather than filling new ones per matrix.
final class WorkspacePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [ShortestPaths.Workspace] = []
    private let nodeCount: Int

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    func with<T>(_ body: (inout ShortestPaths.Workspace) -> T) -> T {
        var workspace = lock.withLock { idle.popLast() } ?? ShortestPaths.Workspace(nodeCount: nodeCount)
        defer { lock.withLock { idle.append(workspace) } }
        return body(&workspace)
    }
}
