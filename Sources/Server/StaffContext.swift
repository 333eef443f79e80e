import Hummingbird
import HummingbirdAuth
import NIOCore
import UtdelningKit

/// What a log-in session holds: whose it is, and the token every form posted in it carries.
struct StaffSession: Codable, Sendable {
    var user: Int64
    /// 128 random bits, the per-session check against cross-site posts.
    var csrf: String
}

/// The request context of the whole router: the session and who is logged in (staff routes
/// only; a volunteer's link asks for neither), and the caller's address for throttling.
struct WebContext: AuthRequestContext, SessionRequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    var identity: StaffUser?
    let sessions: SessionContext<StaffSession>
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        sessions = .init()
        remoteAddress = source.channel.remoteAddress
    }
}
