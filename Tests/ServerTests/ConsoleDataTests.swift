import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
import UtdelningKit

@testable import Server

/// The console's data page from an empty server: files uploaded and imported by the command
/// line's use cases as jobs in one queue, a bad file refused with nothing changed, and a plan
/// from the browser with its progress and summary.
@Suite(.serialized)
struct ConsoleDataTests {
    /// A district with only its staff: what a new server starts from.
    static func emptyDistrict() throws -> District {
        let district = District(databasePath: Fixtures.scratch("empty").appendingPathComponent("d.sqlite").path, config: try DistrictConfig.starter)
        try StaffClient.addUsers(district)
        return district
    }

    static func jobID(_ response: TestResponse) throws -> String {
        let location = try #require(response.headers[.location])
        #expect(location.hasPrefix("/coordinator/jobs/"), "\(location)")
        return String(location.dropFirst("/coordinator/jobs/".count))
    }

    static func page(_ staff: inout StaffClient, _ uri: String) async throws -> String {
        String(buffer: try await staff.send(.get, uri).body)
    }

    @Test func anExtractUploadedIsImportedAsTheCLIImportsItWithItsReport() async throws {
        let district = try Self.emptyDistrict()
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let data = try await Self.page(&staff, "/coordinator/data")
            #expect(data.contains("action=\"/coordinator/upload/osm\"") && data.contains("enctype=\"multipart/form-data\""))
            let sent = try await staff.upload("/coordinator/upload/osm", file: "öst.osm.pbf", try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgEast)))
            #expect(sent.status == .seeOther)
            let id = try Self.jobID(sent)
            await jobs.drain()
            let page = try await Self.page(&staff, "/coordinator/jobs/\(id)")
            #expect(page.contains("klart") && page.contains("imported öst.osm.pbf:") && page.contains("delivery points from"))
            // Without boundaries the district is one association; planning it is the next step.
            #expect(page.contains("action=\"/coordinator/plan\"") && page.contains("<option>Värmland</option>"))
            let progress = String(buffer: try await staff.send(.get, "/coordinator/jobs/\(id)/progress.json").body)
            #expect(progress.contains("\"over\":true") && progress.contains("objekt lästa"))
            // The data page lists the job; the temporary file is gone.
            #expect(try await Self.page(&staff, "/coordinator/data").contains("öst.osm.pbf"))
        }
        #expect(try district.householdSummary().deliveryPoints > 100)
        let datasets = try await DatabaseQueue(path: district.databasePath).read { db in try String.fetchAll(db, sql: "SELECT name FROM dataset") }
        #expect(datasets == ["öst.osm.pbf"])
        #expect(Self.uploadsLeft(district).isEmpty)
    }

    @Test func aTruncatedExtractFailsInOneLineNamingTheFileAndChangesNothing() async throws {
        let district = try Self.emptyDistrict()
        _ = try district.importOSM(path: Fixtures.neubrandenburgWest)
        let before = try Self.dump(district)
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgEast))
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            let id = try Self.jobID(try await staff.upload("/coordinator/upload/osm", file: "cut.osm.pbf", whole.prefix(whole.count / 2)))
            await jobs.drain()
            let job = try #require(jobs.job(Int(id) ?? 0))
            #expect(job.state == .failed)
            let line = try #require(job.error)
            #expect(line.hasPrefix("cut.osm.pbf") && !line.contains("\n") && !line.contains(".uploads"), "\(line)")
            let page = try await Self.page(&staff, "/coordinator/jobs/\(id)")
            #expect(page.contains("misslyckades") && page.contains("Ingenting ändrades i databasen."))
        }
        #expect(try Self.dump(district) == before)
        #expect(Self.uploadsLeft(district).isEmpty)
    }

    @Test func anUploadWithoutTheFormsTokenWritesNothing() async throws {
        let district = try Self.emptyDistrict()
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            let forged = try await staff.upload("/coordinator/upload/osm", file: "x.osm.pbf", Data("not read".utf8), token: "forged")
            #expect(forged.status == .forbidden)
            #expect(jobs.all.isEmpty)
            // Not multipart at all: 400, one line.
            let plain = try await staff.post("/coordinator/upload/osm")
            #expect(plain.status == .badRequest && String(buffer: plain.body).contains("multipart/form-data"))
            #expect(try await staff.upload("/coordinator/upload/plan", file: "x", Data("x".utf8)).status == .notFound)
        }
    }

    @Test func aServerStartingEmptiesWhatAnEarlierOneLeftInItsUploads() throws {
        let district = try Self.emptyDistrict()
        let left = UploadFolder.of(databasePath: district.databasePath).appendingPathComponent("an-earlier-server")
        try FileManager.default.createDirectory(at: left, withIntermediateDirectories: true)
        _ = try WebServer.application(district: district)
        #expect(Self.uploadsLeft(district).isEmpty)
    }

    typealias Onward = ConsoleDataRoutes.Onward

    @Test func boundariesAskWhichPropertyNamesTheAssociationInsideTheUploadForm() async throws {
        let district = try Self.emptyDistrict()
        _ = try district.importOSM(path: Fixtures.neubrandenburgEast)
        let jobs = JobQueue()
        let file = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgCentre))
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            // The page's script asks for JSON and is given the question to ask in place: no page between.
            let sent = try await staff.upload("/coordinator/upload/boundaries", file: "gränser.geojson", file, accept: "application/json")
            #expect(sent.status == .ok && sent.headers[.location] == nil)
            let question = try #require(try JSONDecoder().decode(Onward.self, from: Data(buffer: sent.body)).choose)
            #expect(question.action.hasPrefix("/coordinator/boundaries/") && question.heading == "Vilken egenskap är föreningens namn?")
            #expect(question.options.first?.property == "namn" && question.options.first?.label == "namn — Weststadt, Oststadt (2 / 2)")
            #expect(jobs.all.isEmpty)
            // The choice, posted by the script: where the job's page is and its progress to follow.
            let chosen = try await staff.send(.post, question.action, form: ["csrf": staff.csrf ?? "", "nameProperty": "namn"], accept: "application/json")
            let onward = try JSONDecoder().decode(Onward.self, from: Data(buffer: chosen.body))
            #expect(onward.next.hasPrefix("/coordinator/jobs/") && onward.progress == onward.next + "/progress.json")
            await jobs.drain()
            let done = try await Self.page(&staff, onward.next)
            #expect(done.contains("imported gränser.geojson: 2 associations (Oststadt, Weststadt)"))
            // Planning is the next step, offered on the spot; the data page offers it too.
            #expect(done.contains("action=\"/coordinator/plan\"") && done.contains("<option>Weststadt</option>"))
            #expect(try await Self.page(&staff, "/coordinator/data").contains("<option>Weststadt</option>"))
            // The file is used once; a second post finds it gone.
            #expect(try await staff.send(.post, question.action, form: ["csrf": staff.csrf ?? "", "nameProperty": "namn"]).status == .notFound)
        }
        #expect(try district.associationNames() == ["Oststadt", "Weststadt"])
        #expect(Self.uploadsLeft(district).isEmpty)
    }

    @Test func withoutScriptTheBoundariesQuestionIsAPageOfItsOwn() async throws {
        let district = try Self.emptyDistrict()
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            let sent = try await staff.upload("/coordinator/upload/boundaries", file: "gränser.geojson", try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgCentre)))
            let choose = try #require(sent.headers[.location])
            #expect(sent.status == .seeOther && choose.hasPrefix("/coordinator/boundaries/"))
            let page = try await Self.page(&staff, choose)
            #expect(page.contains("value=\"namn\" checked") && page.contains("Weststadt, Oststadt") && page.contains("2 / 2"))
            let id = try Self.jobID(try await staff.send(.post, choose, form: ["csrf": staff.csrf ?? "", "nameProperty": "namn"]))
            await jobs.drain()
            #expect(jobs.job(Int(id) ?? 0)?.state == .done)
        }
    }

    @Test func aBoundaryFileThatIsNotGeoJSONIsRefusedAtItsUploadAndNotKept() async throws {
        let district = try Self.emptyDistrict()
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            let sent = try await staff.upload("/coordinator/upload/boundaries", file: "trasig.geojson", Data("{\"type\": \"FeatureCollection\", \"features\": [".utf8), accept: "application/json")
            let line = String(buffer: sent.body).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(sent.status == .badRequest && line.hasPrefix("trasig.geojson") && !line.contains("\n") && !line.contains(".uploads"), "\(sent.status) \(line)")
            #expect(jobs.all.isEmpty)
        }
        #expect(Self.uploadsLeft(district).isEmpty)
    }

    @Test func aFailedJobsProgressCarriesItsLineForTheUploadForm() async throws {
        let district = try Self.emptyDistrict()
        let whole = try Data(contentsOf: URL(fileURLWithPath: Fixtures.neubrandenburgEast))
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            _ = try await Self.page(&staff, "/coordinator/data")
            let sent = try await staff.upload("/coordinator/upload/osm", file: "cut.osm.pbf", whole.prefix(whole.count / 2), accept: "application/json")
            let onward = try JSONDecoder().decode(Onward.self, from: Data(buffer: sent.body))
            await jobs.drain()
            let progress = try JSONDecoder().decode(ConsoleJobView.Progress.self, from: Data(buffer: try await staff.send(.get, try #require(onward.progress)).body))
            #expect(progress.over && progress.code == "failed")
            let line = try #require(progress.error)
            #expect(line.hasPrefix("cut.osm.pbf") && !line.contains("\n"), "\(line)")
            #expect(progress.nothingChanged == "Ingenting ändrades i databasen.")
        }
    }

    @Test func aPlanRunsWithProgressPerAssociationAndShowsTheSummary() async throws {
        let district = try Self.emptyDistrict()
        _ = try district.importOSM(path: Fixtures.neubrandenburgEast)
        _ = try district.importBoundaries(path: Fixtures.neubrandenburgCentre, nameProperty: "namn")
        let jobs = JobQueue()
        try await WebServer.application(district: district, throttle: LoginThrottle(), jobs: jobs).test(.router) { client in
            var staff = try await ConsoleTests.coordinator(client)
            let data = try await Self.page(&staff, "/coordinator/data")
            #expect(data.contains("<option>Oststadt</option>"))
            // The command line's ranges and rules, in its words; nothing queued.
            for (form, words) in [
                ([:], "choose how to plan"), (["targetMinutes": "2", "mode": "update"], "--target-minutes must be from 5 to 600 minutes"), (["maxPapers": "0", "mode": "update"], "--max-papers must be a whole number from 1"),
                (["mode": "fresh", "includeRefused": "true"], "--include-refused goes with --mop-up"), (["mode": "both"], "no such way to plan"),
            ] {
                let refused = try await staff.send(.post, "/coordinator/plan", form: form.merging(["csrf": staff.csrf ?? ""]) { a, _ in a })
                #expect(refused.status == .badRequest && String(buffer: refused.body).contains(words), "\(form)")
            }
            #expect(jobs.all.isEmpty)
            let started = try await staff.send(.post, "/coordinator/plan", form: ["csrf": staff.csrf ?? "", "targetMinutes": "40", "mode": "fresh"])
            let id = try Self.jobID(started)
            await jobs.drain()
            let job = try #require(jobs.job(Int(id) ?? 0))
            #expect(job.state == .done, "\(job.error ?? "")")
            #expect(Set(job.associations.map(\.name)) == ["Oststadt", "Weststadt"] && job.associations.allSatisfy { $0.areas != nil })
            let summary = try #require(job.planSummary)
            let areas = try district.areas()
            #expect(summary.areas == areas.summary.areas && summary.withinTolerance == areas.summary.withinTolerance)
            #expect(summary.householdsOutside == (try district.householdSummary().outside.households))
            let page = try await Self.page(&staff, "/coordinator/jobs/\(id)")
            #expect(page.contains("Inom toleransen för målet") && page.contains("Hushåll utanför varje förenings gräns") && page.contains("within tolerance of the target"))
            #expect(page.contains("href=\"/coordinator/areas\""))
            // The page's script is told where the job's page is, to draw it in place.
            let asked = try await staff.send(.post, "/coordinator/plan", form: ["csrf": staff.csrf ?? "", "mode": "update"], accept: "application/json")
            let onward = try JSONDecoder().decode(Onward.self, from: Data(buffer: asked.body))
            #expect(asked.status == .ok && onward.next.hasPrefix("/coordinator/jobs/") && onward.progress == onward.next + "/progress.json")
            await jobs.drain()
        }
        // The target asked is remembered, as `plan --target-minutes` remembers it.
        let again = try district.plan(association: "Oststadt")
        #expect((again.changes?.kept ?? 0) > 0 && again.changes?.added == 0)
    }

    @Test func oneJobRunsAtATimeAndTheNextWaitsInTheQueue() async throws {
        let queue = JobQueue()
        let gate = DispatchSemaphore(value: 0)
        let first = queue.start(.plan, title: "first", startedBy: "Cecilia") { _ in
            gate.wait()
            return "first done"
        }
        let second = queue.start(.osm, title: "second", startedBy: "Cecilia") { _ in "second done" }
        // The first holds the queue; the second waits with one ahead of it.
        for _ in 0..<100 where queue.job(first)?.state != .running { try await Task.sleep(for: .milliseconds(10)) }
        #expect(queue.job(first)?.state == .running)
        #expect(queue.job(second)?.state == .queued && queue.job(second)?.ahead == 1)
        #expect(ConsoleDataWords.swedish.state(try #require(queue.job(second))) == "väntar (1 före i kön)")
        gate.signal()
        await queue.drain()
        #expect(queue.job(first)?.report == "first done" && queue.job(second)?.report == "second done")
        #expect(queue.all.map(\.id) == [second, first])
    }

    @Test func aJobsPageHearsOfItsEndAtOnce() async throws {
        let queue = JobQueue()
        let gate = DispatchSemaphore(value: 0)
        let id = queue.start(.plan, title: "slow", startedBy: "Cecilia") { _ in
            gate.wait()
            return "done"
        }
        for _ in 0..<100 where queue.job(id)?.state != .running { try await Task.sleep(for: .milliseconds(10)) }
        let seen = try #require(queue.job(id)).version
        // Nothing new: the answer waits the time asked, and says so.
        let unchanged = await queue.job(id, changedSince: seen, waitingAtMost: .milliseconds(100))
        #expect(unchanged?.version == seen && unchanged?.isOver == false)
        async let news = queue.job(id, changedSince: seen, waitingAtMost: .seconds(30))
        let asked = ContinuousClock.now
        try await Task.sleep(for: .milliseconds(50))
        gate.signal()
        let ended = await news
        #expect(ended?.isOver == true && ended?.report == "done")
        #expect(ContinuousClock.now - asked < .seconds(5))
    }

    @Test func twoPagesFollowingOneJobBothHearItsProgressTheMomentItComes() async throws {
        let queue = JobQueue()
        let gate = DispatchSemaphore(value: 0), finish = DispatchSemaphore(value: 0)
        let id = queue.start(.osm, title: "stor.osm.pbf", startedBy: "Cecilia") { progress in
            gate.wait()
            progress.importStep(.reading(objects: 100_000))
            finish.wait()
            return "done"
        }
        for _ in 0..<100 where queue.job(id)?.state != .running { try await Task.sleep(for: .milliseconds(10)) }
        let seen = try #require(queue.job(id)).version
        async let first = queue.job(id, changedSince: seen, waitingAtMost: .seconds(30))
        async let second = queue.job(id, changedSince: seen, waitingAtMost: .seconds(30))
        let asked = ContinuousClock.now
        try await Task.sleep(for: .milliseconds(50))
        gate.signal()
        let heard = await [first, second]
        #expect(heard.allSatisfy { $0?.objectsRead == 100_000 && $0?.isOver == false })
        #expect(ContinuousClock.now - asked < .seconds(5))
        finish.signal()
        await queue.drain()
    }

    /// Every row of the tables an import writes, as text.
    static func dump(_ district: District) throws -> String {
        try DatabaseQueue(path: district.databasePath).read { db in
            try ["deliveryPoint", "dataset", "building", "mapWay", "association", "boundary"].map { table in
                guard try db.tableExists(table) else { return "" }
                return try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map(\.description).joined(separator: "\n")
            }.joined(separator: "\n--\n")
        }
    }

    /// Uploads still beside the database (each job removes its own at its end).
    static func uploadsLeft(_ district: District) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: UploadFolder.of(databasePath: district.databasePath).path)) ?? []
    }
}
