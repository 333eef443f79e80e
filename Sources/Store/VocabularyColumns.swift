import GRDB
import Vocabulary

// Typed ids and units are stored as the plain numbers they wrap (not as the JSON that
// GRDB would write for a Codable value).

extension DatabaseValueConvertible where Self: Identifier {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        Int64.fromDatabaseValue(dbValue).map(Self.init(rawValue:))
    }
}

extension DatabaseValueConvertible where Self: Measure {
    public var databaseValue: DatabaseValue { value.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        Double.fromDatabaseValue(dbValue).map(Self.init)
    }
}

extension AreaID: DatabaseValueConvertible {}
extension VolunteerID: DatabaseValueConvertible {}
extension Meters: DatabaseValueConvertible {}
extension Seconds: DatabaseValueConvertible {}
extension Minutes: DatabaseValueConvertible {}

extension PointKey: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> PointKey? {
        String.fromDatabaseValue(dbValue).map(PointKey.init(rawValue:))
    }
}
