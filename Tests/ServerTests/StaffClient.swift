import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UtdelningKit

/// A browser as the staff pages see it, over the in-process test client: it keeps the cookies
/// the server sets and sends them back, and reads the form token off the last page.
struct StaffClient {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    static let password = "rätt hästbatteri"
    static let cost = 4

    /// A coordinator, Cecilia, and a board member, Dag, with the same password.
    static func addUsers(_ district: District) throws {
        _ = try district.addUser(name: "Cecilia", role: .coordinator, password: password, cost: cost)
        _ = try district.addUser(name: "Dag", role: .board, password: password, cost: cost)
    }

    /// The coordinator's page config: links start at the test's HTTPS address.
    static func httpsConfig() throws -> DistrictConfig {
        var config = try DistrictConfig.starter
        config.links.publicURL = PlannedDistrict.publicURL
        return config
    }

    @discardableResult
    mutating func send(_ method: HTTPRequest.Method, _ uri: String, form: [String: String]? = nil, accept: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        headers[.accept] = accept
        if !cookies.isEmpty { headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        var body: ByteBuffer?
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: Self.encoded(form))
        }
        let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            guard let pair = line.split(separator: ";").first, let eq = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
            if line.contains("Max-Age=0") || value.isEmpty || Self.expired(line) { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.hidden("csrf", in: String(buffer: response.body)) { csrf = token }
        return response
    }

    /// Opens the log-in page and posts the form with its token.
    @discardableResult
    mutating func logIn(_ name: String, _ password: String = StaffClient.password) async throws -> TestResponse {
        try await send(.get, "/login")
        return try await send(.post, "/login", form: ["name": name, "password": password, "csrf": csrf ?? ""])
    }

    /// Posts a form of the session with its token.
    @discardableResult
    mutating func post(_ uri: String) async throws -> TestResponse {
        try await send(.post, uri, form: ["csrf": csrf ?? ""])
    }

    static func encoded(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_.")
        return form.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// The value of a hidden field (or any input) named so, in a page.
    static func hidden(_ name: String, in page: String) -> String? {
        input(#"name="\#(name)" value=""#, in: page)
    }

    /// The value after `prefix` up to the next quote.
    static func input(_ prefix: String, in page: String) -> String? {
        guard let start = page.range(of: prefix) else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    private static func expired(_ line: String) -> Bool {
        guard let range = line.range(of: "Expires=") else { return false }
        let text = line[range.upperBound...].prefix { $0 != ";" }
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return format.date(from: String(text)).map { $0 <= Date() } ?? false
    }
}

extension StaffClient {
    /// Posts a file as the console's upload form does (multipart/form-data), the session's
    /// token first unless `token` says otherwise.
    @discardableResult
    mutating func upload(_ uri: String, file name: String, _ data: Data, token: String? = nil, accept: String? = nil) async throws -> TestResponse {
        let boundary = "----utdelning-test-boundary"
        var body = Data()
        func add(_ text: String) { body.append(Data(text.utf8)) }
        if let token = token ?? csrf {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n")
        }
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.append(data)
        add("\r\n--\(boundary)--\r\n")
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        headers[.accept] = accept
        return try await client.executeRequest(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}
