import Households
import Testing

@testable import UtdelningKit

/// A configuration that is not YAML says where (found by Tests/Reliability/fuzz.py: Yams's
/// "The given data was not valid YAML." named no line).
struct YAMLErrorTests {
    @Test(arguments: ["district: {name: Kil, deadline: 2030-09-08\n", "district:\n  name: \"Kil\n", "district:\n\t- x: [\n"])
    func brokenYAMLNamesItsLineInOneLine(text: String) throws {
        let error = try #require(throws: InputFileError.self) { try DistrictConfig.parse(text, path: "c.yaml") }
        #expect(error.message.hasPrefix("not valid YAML: "), "\(error.message)")
        #expect(error.message.range(of: #"\d+:\d+"#, options: .regularExpression) != nil, "\(error.message)")
        #expect(!error.description.contains("\n"))
    }
}
