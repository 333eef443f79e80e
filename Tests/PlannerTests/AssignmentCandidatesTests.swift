import Geometry
import Households
import Testing
import Vocabulary

@testable import Planner

/// The console's list for one area: the area's association first, the full after those with
/// room, then volunteers with room of the nearest other associations with room.
struct AssignmentCandidatesTests {
    let helper = AssignmentTests()

    @Test func ownAssociationFirstThenTheNearestNeighboursWithRoom() {
        let area = helper.area(1, km: 0)
        let people = [
            helper.person(10, km: 5, capacity: 1), helper.person(11, km: 0, capacity: 2),
            helper.person(20, km: 1, capacity: 2, association: "Near"), helper.person(21, km: 1, capacity: 1, association: "Near"),
            helper.person(30, km: 9, capacity: 3, association: "Far"), helper.person(40, km: 0.5, capacity: 1, association: "Full"),
        ]
        // 10 is full (capacity 1, one area held); 21 and Full's only volunteer too.
        let held: [AreaID: VolunteerID] = [2: 10, 3: 21, 4: 40]
        let list = Assignment.candidates(for: area, people: people, volunteerOf: held)
        #expect(list.map(\.person.id) == [11, 10, 20, 30])
        #expect(list.map(\.own) == [true, true, false, false])
        #expect(list.map(\.holds) == [0, 1, 0, 0])
        // One neighbour at most: the nearer.
        #expect(Assignment.candidates(for: area, people: people, volunteerOf: held, perAssociation: 1).map(\.person.id) == [11, 10, 20])
    }
}
