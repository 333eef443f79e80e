import ArgumentParser
import Vocabulary

// Area and volunteer ids are typed on the command line too: `utdelning deliver 105`.

extension ExpressibleByArgument where Self: Identifier {
    public init?(argument: String) {
        guard let raw = Int64(argument) else { return nil }
        self.init(rawValue: raw)
    }
}

extension AreaID: ExpressibleByArgument {}
extension VolunteerID: ExpressibleByArgument {}
