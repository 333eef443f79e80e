import CGEOS

/// What GEOS reported when a call failed.
public struct GEOSError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { "GEOS: \(message)" }
}

/// Collects the messages that GEOS's error handler receives.
private final class MessageSink {
    var last: String?
}

/// Owns one GEOS context. Not thread-safe: use one context per task; every
/// geometry made through it must stay on that task.
public final class GEOSContext {
    let handle: GEOSContextHandle_t
    private let sink = MessageSink()

    public init() throws {
        guard let handle = GEOS_init_r() else { throw GEOSError(message: "GEOS_init_r failed") }
        self.handle = handle
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                Unmanaged<MessageSink>.fromOpaque(userData).takeUnretainedValue().last = String(cString: message)
            },
            Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The error for a call that returned its failure sentinel.
    func failure(_ call: String) -> GEOSError {
        defer { sink.last = nil }
        return GEOSError(message: "\(call): \(sink.last ?? "failed")")
    }

    /// Takes ownership of a returned geometry, or throws when GEOS returned NULL.
    func own(_ pointer: OpaquePointer?, _ call: String) throws -> GEOSGeometryHandle {
        guard let pointer else { throw failure(call) }
        return GEOSGeometryHandle(context: self, pointer: pointer)
    }
}

/// Owns one GEOS geometry and frees it with its context.
public final class GEOSGeometryHandle {
    let context: GEOSContext
    let pointer: OpaquePointer

    init(context: GEOSContext, pointer: OpaquePointer) {
        self.context = context
        self.pointer = pointer
    }

    /// Hands the pointer to GEOS (for example into a collection) so deinit must not free it.
    func release() -> OpaquePointer {
        released = true
        return pointer
    }
    private var released = false

    deinit {
        if !released { GEOSGeom_destroy_r(context.handle, pointer) }
    }
}
