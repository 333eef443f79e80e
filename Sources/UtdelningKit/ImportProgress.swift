/// How far an import has come: objects read from the file (every 100,000), then the writing.
public enum ImportStep: Sendable, Equatable {
    case reading(objects: Int)
    case writing
}

public typealias ImportProgress = (ImportStep) -> Void
