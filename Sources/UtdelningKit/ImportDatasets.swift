import Foundation
import Households
import Store

/// How an import names what it brings: a dataset per file, or the one it replaces.
struct DatasetTarget {
    let path: String
    let name: String
    let kind: DatasetRecord.Kind
    /// `--replaces`: the dataset this file takes over, in place.
    let replaces: String?

    /// Makes the dataset ready for the file's rows and returns its id. Replacing
    /// renames the old dataset to this one, so that its objects are updated under
    /// the same keys and ids and what the file lacks is removed, as on a re-import.
    func prepare(in tx: StoreTransaction, report: String) throws -> Int64 {
        let datasets = try tx.datasets()
        if let replaces {
            guard let old = datasets.first(where: { $0.name == replaces }) else {
                let known = datasets.map { "'\($0.name)'" }.joined(separator: ", ")
                throw InputFileError(path: path, message: "--replaces \(replaces): no dataset '\(replaces)' (there are \(known.isEmpty ? "none" : known))")
            }
            try check(old, as: "--replaces \(replaces)")
            if replaces != name {
                guard !datasets.contains(where: { $0.name == name }) else {
                    throw InputFileError(path: path, message: "--replaces \(replaces): dataset '\(name)' exists already; name this import with --dataset")
                }
                try tx.renameDataset(replaces, to: name)
            }
        } else if let same = datasets.first(where: { $0.name == name }) {
            try check(same, as: "dataset '\(name)'")
        }
        return try tx.upsertDataset(
            name: name, kind: kind, fileName: District.defaultDatasetName(path: path), bytes: Self.size(path), report: report)
    }

    /// The stored dataset this file updates (itself, or the one it replaces), if any.
    func storedID(in tx: StoreTransaction) throws -> Int64? {
        try tx.datasets().first { $0.name == (replaces ?? name) }?.id
    }

    /// A name already taken by another kind of file is the coordinator's slip, not the store's fault.
    private func check(_ dataset: DatasetRecord, as what: String) throws {
        guard dataset.kind == kind else {
            throw InputFileError(path: path, message: "\(what) is \(dataset.kind.article) \(dataset.kind.rawValue) import; use --dataset to name this one")
        }
    }

    /// Before opening the store: replacing needs a database with datasets in it.
    func checkDatabase(_ databasePath: String) throws {
        guard let replaces, !FileManager.default.fileExists(atPath: databasePath) else { return }
        throw InputFileError(path: path, message: "--replaces \(replaces): no dataset '\(replaces)' (there is no database yet)")
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

extension DatasetRecord.Kind {
    var article: String { self == .osm ? "an" : "a" }
}
