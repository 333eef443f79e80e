import Geometry
import Households
import Testing
import Vocabulary

@testable import Planner

struct AssignmentTests {
    /// Areas along a street in Kil, 1 km apart, starting at the town centre.
    func area(_ id: AreaID, km: Double, mode: PlannedArea.Mode = .walk, association: String = "Kil", targetTime: Minutes = 0) -> Assignment.AreaSlot {
        Assignment.AreaSlot(
            id: id, association: association, mode: mode, start: Coordinate(latitude: 59.50, longitude: 13.30 + km * 0.0176), targetTime: targetTime)
    }

    func person(_ id: VolunteerID, km: Double?, capacity: Int, mode: Volunteer.Mode = .walk, association: String = "Kil") -> Assignment.Person {
        Assignment.Person(
            id: id, association: association, home: km.map { Coordinate(latitude: 59.50, longitude: 13.30 + $0 * 0.0176) }, capacity: capacity, mode: mode)
    }

    @Test func capacityIsRespectedAndTheLoadIsEven() {
        let areas = (1...6).map { area(AreaID(Int64($0)), km: Double($0)) }
        // Both live at the west end; one could take five, the other two.
        let result = Assignment.assign(areas: areas, people: [person(1, km: 0, capacity: 5), person(2, km: 0.1, capacity: 2)], held: [:])
        let load = Dictionary(grouping: result.volunteerOf.values, by: { $0 }).mapValues(\.count)
        #expect(load[2] == 2)
        #expect(load[1] == 4)
        #expect(result.unassigned.isEmpty)
        // Six areas, capacity 5 + 2: nobody gets more than their share while the other has room.
        let tight = Assignment.assign(areas: Array(areas.prefix(4)), people: [person(1, km: 0, capacity: 5), person(2, km: 0.1, capacity: 5)], held: [:])
        #expect(Dictionary(grouping: tight.volunteerOf.values, by: { $0 }).mapValues(\.count) == [1: 2, 2: 2])
    }

    @Test func areasNearHomeGoFirstAndModesMatch() {
        let areas = [area(1, km: 0.5), area(2, km: 9), area(3, km: 20, mode: .car), area(4, km: 21, mode: .bike)]
        let people = [person(1, km: 0, capacity: 1), person(2, km: 10, capacity: 1), person(3, km: 0, capacity: 1, mode: .car)]
        let result = Assignment.assign(areas: areas, people: people, held: [:])
        #expect(result.volunteerOf[1] == 1)
        #expect(result.volunteerOf[2] == 2)
        #expect(result.volunteerOf[3] == 3)
        // Nobody cycles: the bike round stays open rather than going to a walker.
        #expect(result.unassigned == [4])
    }

    @Test func heldAssignmentsStandAndUseUpCapacity() {
        let areas = [area(1, km: 0), area(2, km: 5)]
        let people = [person(1, km: 0, capacity: 1), person(2, km: 5, capacity: 1)]
        let result = Assignment.assign(areas: areas, people: people, held: [1: 2])
        #expect(result.volunteerOf == [1: 2, 2: 1])
    }

    @Test func aShortAssociationIsPointedToItsNearestNeighbourWithRoom() {
        let areas = [area(1, km: 0), area(2, km: 1), area(3, km: 2), area(10, km: 30, association: "Grums")]
        let people = [
            person(1, km: 0, capacity: 1), person(2, km: 4, capacity: 3, association: "Karlstad"),
            person(3, km: 100, capacity: 5, association: "Arvika"), person(4, km: 30, capacity: 1, association: "Grums"),
        ]
        let result = Assignment.assign(areas: areas, people: people, held: [:])
        #expect(result.unassigned == [2, 3])
        let help = Assignment.suggestions(areas: areas, people: people, result: result)
        #expect(help.first?.association == "Kil")
        #expect(help.first?.helper == "Karlstad")
        #expect(help.first?.areas == [3, 2])
        #expect(!help.contains { $0.helper == "Grums" }, "Grums has no room left")
    }

    @Test func theMatchingIsOptimalWhereClosestPairFirstIsNot() {
        // Volunteer 1 lives next to area 1, but area 2 is nearer to them than to volunteer 2:
        // closest pair first gives 0.1 + 2.0 km, the optimum 0.9 + 1.0 km.
        let areas = [area(1, km: 1), area(2, km: 2)]
        let people = [person(1, km: 1.1, capacity: 1), person(2, km: 0, capacity: 1)]
        let result = Assignment.assign(areas: areas, people: people, held: [:])
        #expect(result.volunteerOf == [1: 2, 2: 1])
    }

    @Test func aDriverTakesTheCarRoundAndAWalkerTheWalk() {
        // The driver lives at the walk and the car round is far off: nearest-first would use
        // the driver up on the walk and leave the car round, which no walker may take, open.
        let areas = [area(1, km: 0), area(2, km: 30, mode: .car)]
        let people = [person(1, km: 0, capacity: 1, mode: .car), person(2, km: 5, capacity: 1)]
        let result = Assignment.assign(areas: areas, people: people, held: [:])
        #expect(result.volunteerOf == [1: 2, 2: 1])
        #expect(result.unassigned.isEmpty)
        // Alone, the driver still takes the round only a driver can do.
        let alone = Assignment.assign(areas: areas, people: [people[0]], held: [:])
        #expect(alone.volunteerOf == [2: 1])
    }

    @Test func nothingHeldMovesAndRefusedPairsAreNeverMade() {
        // Volunteer 2 holds area 1, which suits volunteer 1 better; it stays with 2.
        let areas = [area(1, km: 0), area(2, km: 5), area(3, km: 6)]
        let people = [person(1, km: 0, capacity: 2), person(2, km: 5, capacity: 2)]
        let result = Assignment.assign(areas: areas, people: people, held: [1: 2], refused: [.init(area: 2, volunteer: 2)])
        #expect(result.volunteerOf[1] == 2)
        // Area 2 lies at volunteer 2's door, but they were taken off it by hand.
        #expect(result.volunteerOf[2] == 1)
        #expect(result.volunteerOf[3] == 2)
        // Held areas count against capacity: volunteer 2, holding one of two, gets one more.
        let full = Assignment.assign(areas: areas, people: [person(2, km: 5, capacity: 2)], held: [1: 2])
        #expect(full.volunteerOf == [1: 2, 2: 2])
        #expect(full.unassigned == [3])
    }

    @Test func onATieTheCurrentVolunteerKeepsTheArea() {
        // Both live at the same spot: a rebalance has no reason to move either area.
        let areas = [area(1, km: 1), area(2, km: 2)]
        let people = [person(1, km: 0, capacity: 1), person(2, km: 0, capacity: 1)]
        #expect(Assignment.assign(areas: areas, people: people, held: [:], current: [1: 2, 2: 1]).volunteerOf == [1: 2, 2: 1])
        #expect(Assignment.assign(areas: areas, people: people, held: [:], current: [1: 1, 2: 2]).volunteerOf == [1: 1, 2: 2])
        let moves = Assignment.moves(areas: [2, 1, 3], before: [1: 1, 2: 2], after: [1: 2, 2: 2, 3: 1])
        #expect(moves == [.init(area: 1, from: 1, to: 2), .init(area: 3, from: nil, to: 1)])
    }

    @Test func aVolunteerWithNoKnownHomeStillGetsAreas() {
        let result = Assignment.assign(areas: [area(1, km: 0), area(2, km: 1)], people: [person(1, km: 0, capacity: 1), person(2, km: nil, capacity: 1)], held: [:])
        #expect(result.volunteerOf == [1: 1, 2: 2])
    }

    @Test func capacityInHoursBecomesAreas() {
        #expect(Assignment.capacity(areas: nil, hours: 4, target: 90) == 2)
        #expect(Assignment.capacity(areas: nil, hours: 0.5, target: 90) == 1)
        #expect(Assignment.capacity(areas: 3, hours: 10, target: 90) == 3)
        #expect(Assignment.capacity(areas: nil, hours: nil, target: 90) == 1)
        // Hours go by the target the association's areas were cut to, else the configured one.
        let areas = [area(1, km: 0, targetTime: 30), area(2, km: 1, targetTime: 0), area(3, km: 2, association: "Grums")]
        #expect(Assignment.targetTime(of: "Kil", in: areas, fallback: 90) == 30)
        #expect(Assignment.targetTime(of: "Grums", in: areas, fallback: 90) == 90)
    }
}
