import Foundation
import UtdelningKit

/// The plan form's choices: the associations to plan one of, and the configuration's target
/// and paper cap shown as what an empty field means.
struct PlanFormView {
    var associations: [String]
    var defaultTargetMinutes: String
    var defaultMaxPapers: String

    init(associations: [String], config: DistrictConfig) {
        self.associations = associations
        defaultTargetMinutes = String(format: "%g", config.planning.targetMinutes.value)
        defaultMaxPapers = "\(config.planning.maxPapers)"
    }
}
