import GRDB

/// The schema, one migration per step, never edited once landed.
/// Constraints live here rather than in Swift, so no code path can break them.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 households") { db in
            try db.execute(sql: """
                CREATE TABLE dataset (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('osm', 'register', 'boundaries')),
                    fileName TEXT NOT NULL,
                    bytes INTEGER NOT NULL CHECK (bytes >= 0),
                    report TEXT NOT NULL
                );
                CREATE TABLE association (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (name <> '')
                );
                CREATE TABLE boundary (
                    id INTEGER PRIMARY KEY,
                    datasetId INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    associationName TEXT NOT NULL UNIQUE CHECK (associationName <> ''),
                    squareMeters REAL NOT NULL CHECK (squareMeters >= 0),
                    geometry TEXT NOT NULL
                );
                CREATE INDEX boundary_dataset ON boundary(datasetId);
                CREATE TABLE building (
                    id INTEGER PRIMARY KEY,
                    datasetId INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    key TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL,
                    levels REAL CHECK (levels IS NULL OR levels >= 0),
                    flats INTEGER CHECK (flats IS NULL OR flats >= 0),
                    footprintSquareMeters REAL NOT NULL CHECK (footprintSquareMeters >= 0),
                    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
                    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
                    use TEXT,
                    associationId INTEGER REFERENCES association(id) ON DELETE SET NULL
                );
                CREATE INDEX building_dataset ON building(datasetId);
                CREATE TABLE deliveryPoint (
                    id INTEGER PRIMARY KEY,
                    datasetId INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    key TEXT NOT NULL UNIQUE,
                    street TEXT NOT NULL,
                    houseNumber TEXT NOT NULL,
                    postcode TEXT,
                    city TEXT,
                    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
                    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
                    buildingKey TEXT REFERENCES building(key) ON DELETE SET NULL,
                    fromRegister INTEGER NOT NULL DEFAULT 0 CHECK (fromRegister IN (0, 1)),
                    households INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
                    householdSource TEXT NOT NULL DEFAULT 'default'
                        CHECK (householdSource IN ('explicit', 'estimated', 'default')),
                    householdRule TEXT NOT NULL DEFAULT '',
                    associationId INTEGER REFERENCES association(id) ON DELETE SET NULL
                );
                CREATE INDEX deliveryPoint_dataset ON deliveryPoint(datasetId);
                CREATE INDEX deliveryPoint_association ON deliveryPoint(associationId);
                CREATE INDEX deliveryPoint_building ON deliveryPoint(buildingKey);
                CREATE TABLE registerEntry (
                    id INTEGER PRIMARY KEY,
                    datasetId INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    key TEXT NOT NULL UNIQUE,
                    line INTEGER NOT NULL CHECK (line > 0),
                    street TEXT,
                    houseNumber TEXT,
                    postcode TEXT,
                    city TEXT,
                    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
                    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
                    households INTEGER NOT NULL CHECK (households >= 0),
                    matchedPointKey TEXT
                );
                CREATE INDEX registerEntry_dataset ON registerEntry(datasetId);
                CREATE TABLE mapWay (
                    id INTEGER PRIMARY KEY,
                    datasetId INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    osmId INTEGER NOT NULL UNIQUE,
                    category TEXT NOT NULL CHECK (category IN ('highway', 'railway', 'waterway')),
                    name TEXT,
                    tags TEXT NOT NULL,
                    coordinates BLOB NOT NULL
                );
                CREATE INDEX mapWay_dataset ON mapWay(datasetId);
                CREATE TABLE calibration (
                    id INTEGER PRIMARY KEY,
                    buildingType TEXT NOT NULL,
                    associationName TEXT,
                    samples INTEGER NOT NULL CHECK (samples > 0),
                    squareMetersPerDwelling REAL NOT NULL CHECK (squareMetersPerDwelling > 0),
                    UNIQUE (buildingType, associationName)
                );
                """)
        }
        migrator.registerMigration("v2 areas") { db in
            try db.execute(sql: """
                CREATE TABLE area (
                    id INTEGER PRIMARY KEY,
                    associationId INTEGER NOT NULL REFERENCES association(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL CHECK (mode IN ('walk', 'car')),
                    households INTEGER NOT NULL CHECK (households >= 0),
                    walkMeters REAL NOT NULL CHECK (walkMeters >= 0),
                    minutes REAL NOT NULL CHECK (minutes >= 0),
                    deadheadMeters REAL NOT NULL CHECK (deadheadMeters >= 0),
                    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))
                );
                CREATE INDEX area_association ON area(associationId);
                -- A point is in at most one area: the coverage invariant, kept by the schema.
                CREATE TABLE areaStop (
                    areaId INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    pointKey TEXT NOT NULL UNIQUE REFERENCES deliveryPoint(key) ON DELETE CASCADE,
                    PRIMARY KEY (areaId, position)
                );
                """)
        }
        // Bike rounds; each area remembers the rules it was cut with (a plan with
        // other rules recuts it) and why its time is what it is. Ids are never
        // reused: a volunteer's "area 7" is never silently a different area.
        migrator.registerMigration("v3 area rules") { db in
            try db.execute(sql: """
                CREATE TABLE newArea (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    associationId INTEGER NOT NULL REFERENCES association(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL CHECK (mode IN ('walk', 'bike', 'car')),
                    households INTEGER NOT NULL CHECK (households >= 0),
                    walkMeters REAL NOT NULL CHECK (walkMeters >= 0),
                    minutes REAL NOT NULL CHECK (minutes >= 0),
                    deadheadMeters REAL NOT NULL CHECK (deadheadMeters >= 0),
                    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
                    balance TEXT NOT NULL DEFAULT 'outside' CHECK (balance IN ('within', 'paperCap', 'remnant', 'outside')),
                    targetMinutes REAL NOT NULL DEFAULT 0,
                    maxPapers INTEGER NOT NULL DEFAULT 0
                );
                INSERT INTO newArea (id, associationId, mode, households, walkMeters, minutes, deadheadMeters, locked)
                    SELECT id, associationId, mode, households, walkMeters, minutes, deadheadMeters, locked FROM area;
                DROP TABLE area;
                ALTER TABLE newArea RENAME TO area;
                CREATE INDEX area_association ON area(associationId);
                """)
        }
        // Volunteers: the least that assignment needs (name, home position, capacity, mode)
        // and the contact details the coordinator asked for. No home address is kept.
        migrator.registerMigration("v4 volunteers") { db in
            try db.execute(sql: """
                CREATE TABLE volunteer (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    identity TEXT NOT NULL UNIQUE,
                    associationId INTEGER NOT NULL REFERENCES association(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (name <> ''),
                    homeLatitude REAL CHECK (homeLatitude IS NULL OR homeLatitude BETWEEN -90 AND 90),
                    homeLongitude REAL CHECK (homeLongitude IS NULL OR homeLongitude BETWEEN -180 AND 180),
                    capacityAreas INTEGER CHECK (capacityAreas IS NULL OR capacityAreas >= 0),
                    capacityHours REAL CHECK (capacityHours IS NULL OR capacityHours >= 0),
                    mode TEXT NOT NULL CHECK (mode IN ('walk', 'bike', 'car')),
                    email TEXT,
                    phone TEXT
                );
                CREATE INDEX volunteer_association ON volunteer(associationId);
                CREATE TABLE assignment (
                    areaId INTEGER PRIMARY KEY REFERENCES area(id) ON DELETE CASCADE,
                    volunteerId INTEGER NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
                    manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1))
                );
                CREATE INDEX assignment_volunteer ON assignment(volunteerId);
                """)
        }
        // Deliveries: one row per report, never edited; an undo marks it. The point's key,
        // households and area are copied in, so coverage over time survives re-planning.
        migrator.registerMigration("v5 deliveries") { db in
            try db.execute(sql: """
                CREATE TABLE delivery (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    pointKey TEXT NOT NULL,
                    areaId INTEGER,
                    outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'skipped')),
                    reason TEXT CHECK (reason IS NULL OR reason IN ('locked', 'no-letterbox', 'refused', 'not-found')),
                    households INTEGER NOT NULL CHECK (households >= 0),
                    reportedAt TEXT NOT NULL,
                    reporter TEXT,
                    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
                    CHECK ((outcome = 'skipped') = (reason IS NOT NULL))
                );
                CREATE INDEX delivery_point ON delivery(pointKey);
                """)
        }
        // Campaign state. An area has a sheet version that changes whenever its stops or
        // their order change; every version's stops stay (with the households printed), so
        // a number on an old sheet resolves to the door that was on it. `printedVersion` is
        // the last version printed; `released` says the coordinator gave a handed-out area
        // back to the planner. The last target and cap asked for per association are kept,
        // so a plain `plan` does not recut what `--target-minutes` cut.
        migrator.registerMigration("v6 campaign state") { db in
            try db.execute(sql: """
                ALTER TABLE area ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
                ALTER TABLE area ADD COLUMN printedVersion INTEGER CHECK (printedVersion IS NULL OR printedVersion >= 1);
                ALTER TABLE area ADD COLUMN released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1));
                CREATE TABLE sheetStop (
                    areaId INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL CHECK (version >= 1),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    pointKey TEXT NOT NULL,
                    households INTEGER NOT NULL CHECK (households >= 0),
                    PRIMARY KEY (areaId, version, position)
                );
                INSERT INTO sheetStop (areaId, version, position, pointKey, households)
                    SELECT s.areaId, 1, s.position, s.pointKey, p.households
                    FROM areaStop s JOIN deliveryPoint p ON p.key = s.pointKey;
                CREATE TABLE associationRules (
                    associationId INTEGER PRIMARY KEY REFERENCES association(id) ON DELETE CASCADE,
                    targetMinutes REAL CHECK (targetMinutes IS NULL OR targetMinutes > 0),
                    maxPapers INTEGER CHECK (maxPapers IS NULL OR maxPapers > 0)
                );
                ALTER TABLE delivery ADD COLUMN version INTEGER;
                CREATE INDEX delivery_area ON delivery(areaId);
                """)
        }

        // Who was taken off which area by hand, so that `assign` does not hand it straight
        // back. Ids only; forgetting the volunteer or deleting the area drops the row.
        migrator.registerMigration("v7 assignment history") { db in
            try db.execute(sql: """
                CREATE TABLE assignmentRefusal (
                    areaId INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
                    volunteerId INTEGER NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
                    PRIMARY KEY (areaId, volunteerId)
                );
                CREATE INDEX assignmentRefusal_volunteer ON assignmentRefusal(volunteerId);
                """)
        }

        // Points in no association's polygon are planned all the same (under an association of
        // their own, or the nearest one); this remembers that they lay outside, for the summary.
        migrator.registerMigration("v8 outside points") { db in
            try db.execute(sql: """
                ALTER TABLE deliveryPoint ADD COLUMN outsideBoundaries INTEGER NOT NULL DEFAULT 0 CHECK (outsideBoundaries IN (0, 1));
                UPDATE deliveryPoint SET outsideBoundaries = 1 WHERE associationId IS NULL;
                """)
        }
        // Known totals per region (official statistics): the region's polygon, so that points
        // imported later are scaled too, and what the last derivation made of it, for the summary.
        migrator.registerMigration("v9 known totals") { db in
            try db.execute(sql: """
                CREATE TABLE knownTotal (
                    code TEXT PRIMARY KEY CHECK (code <> ''),
                    name TEXT,
                    known INTEGER NOT NULL CHECK (known >= 0),
                    counted TEXT NOT NULL CHECK (counted IN ('households', 'dwellings')),
                    line INTEGER NOT NULL CHECK (line > 0),
                    fileName TEXT NOT NULL,
                    geometry TEXT NOT NULL,
                    estimateBefore INTEGER NOT NULL DEFAULT 0 CHECK (estimateBefore >= 0),
                    fixedHouseholds INTEGER NOT NULL DEFAULT 0 CHECK (fixedHouseholds >= 0),
                    householdsNow INTEGER NOT NULL DEFAULT 0 CHECK (householdsNow >= 0),
                    status TEXT NOT NULL DEFAULT 'matched'
                        CHECK (status IN ('matched', 'fixedAboveTotal', 'nothingToScale', 'doorsAboveTotal'))
                );
                """)
        }
        // The column held a car round's metres too: it is the route's length in any mode.
        migrator.registerMigration("v10 route meters") { db in
            try db.execute(sql: "ALTER TABLE area RENAME COLUMN walkMeters TO routeMeters")
        }

        // A business is not a household: each point keeps the use its objects share ("shop=bakery"),
        // so a later file's home at that door or in that building takes it in, whatever the order
        // files come in. A building keeps what its land and address nodes say of it, and the point
        // its own address was merged into as a twin's, which then counts its households.
        migrator.registerMigration("v11 business points") { db in
            try db.execute(sql: """
                ALTER TABLE deliveryPoint ADD COLUMN use TEXT;
                ALTER TABLE building ADD COLUMN landuse TEXT;
                ALTER TABLE building ADD COLUMN addressMergedInto TEXT;
                ALTER TABLE building ADD COLUMN homeDoors INTEGER NOT NULL DEFAULT 0 CHECK (homeDoors >= 0);
                ALTER TABLE building ADD COLUMN doorUses TEXT NOT NULL DEFAULT '';
                """)
        }

        // A home the map draws but gives no address ("hus utan adress") is a point beside its
        // street; this keeps why its building was taken for a home (NULL for an address).
        migrator.registerMigration("v12 homes without address") { db in
            try db.execute(sql: "ALTER TABLE deliveryPoint ADD COLUMN withoutAddress TEXT CHECK (withoutAddress IS NULL OR withoutAddress <> '')")
        }

        // Links instead of accounts: a volunteer's or an area's link is a bearer secret, kept
        // only as its SHA-256 (a stolen file opens nothing). Each phone report carries an id of
        // its own, kept once received, so a report sent again (a queue replayed) counts once.
        migrator.registerMigration("v13 links") { db in
            try db.execute(sql: """
                CREATE TABLE accessLink (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tokenHash BLOB NOT NULL UNIQUE CHECK (length(tokenHash) = 32),
                    volunteerId INTEGER REFERENCES volunteer(id) ON DELETE CASCADE,
                    areaId INTEGER REFERENCES area(id) ON DELETE CASCADE,
                    createdAt TEXT NOT NULL,
                    revokedAt TEXT,
                    CHECK ((volunteerId IS NULL) <> (areaId IS NULL))
                );
                CREATE INDEX accessLink_volunteer ON accessLink(volunteerId);
                CREATE INDEX accessLink_area ON accessLink(areaId);
                CREATE TABLE reportReceipt (
                    reportId TEXT PRIMARY KEY CHECK (length(reportId) BETWEEN 8 AND 64),
                    receivedAt TEXT NOT NULL
                );
                """)
        }
        // Coordinators and the board log in; volunteers never do (their link is their key).
        // A session's key is kept only as its SHA-256, like a link's token; ending a user ends
        // their sessions through the foreign key.
        migrator.registerMigration("v14 users") { db in
            try db.execute(sql: """
                CREATE TABLE staffUser (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
                    role TEXT NOT NULL CHECK (role IN ('coordinator', 'board')),
                    passwordHash TEXT NOT NULL,
                    createdAt TEXT NOT NULL
                );
                CREATE TABLE staffSession (
                    keyHash BLOB PRIMARY KEY CHECK (length(keyHash) = 32),
                    userId INTEGER NOT NULL REFERENCES staffUser(id) ON DELETE CASCADE,
                    data BLOB NOT NULL,
                    expiresAtSeconds INTEGER NOT NULL
                );
                CREATE INDEX staffSession_user ON staffSession(userId);
                """)
        }
        // A board link opens the board's dashboard, no volunteer or area: the third scope.
        // SQLite cannot change a CHECK, so the table is made anew with the rows copied.
        migrator.registerMigration("v15 board links") { db in
            try db.execute(sql: """
                CREATE TABLE accessLinkNew (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tokenHash BLOB NOT NULL UNIQUE CHECK (length(tokenHash) = 32),
                    volunteerId INTEGER REFERENCES volunteer(id) ON DELETE CASCADE,
                    areaId INTEGER REFERENCES area(id) ON DELETE CASCADE,
                    board INTEGER NOT NULL DEFAULT 0 CHECK (board IN (0, 1)),
                    createdAt TEXT NOT NULL,
                    revokedAt TEXT,
                    CHECK ((volunteerId IS NOT NULL) + (areaId IS NOT NULL) + board = 1)
                );
                INSERT INTO accessLinkNew (id, tokenHash, volunteerId, areaId, createdAt, revokedAt)
                    SELECT id, tokenHash, volunteerId, areaId, createdAt, revokedAt FROM accessLink;
                DROP TABLE accessLink;
                ALTER TABLE accessLinkNew RENAME TO accessLink;
                CREATE INDEX accessLink_volunteer ON accessLink(volunteerId);
                CREATE INDEX accessLink_area ON accessLink(areaId);
                """)
        }
        // Every change made by hand in the browser: who (a staff user's id), when, what, and the
        // area, volunteer or link by id only (an association by its name): no person's name
        // or contact is copied here. Rows stay when the
        // user, area or volunteer goes, so the ids are plain integers, not foreign keys.
        migrator.registerMigration("v16 audit") { db in
            try db.execute(sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    staffUserId INTEGER NOT NULL,
                    action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 32),
                    areaId INTEGER,
                    volunteerId INTEGER,
                    linkId INTEGER,
                    association TEXT
                );
                CREATE INDEX audit_at ON audit(at);
                """)
        }
        // Committed write transactions by kind (DistrictStore.write): a plan cut meanwhile
        // tells deliveries recorded from any other change.
        migrator.registerMigration("v17 write counts") { db in
            try db.execute(sql: """
                CREATE TABLE writeCount (kind TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL);
                INSERT INTO writeCount (kind, n) VALUES ('deliveries', 0), ('other', 0);
                """)
        }
        // Lists in CHECKs written as comparisons (ChecksWithoutLists): the same rules, cheaper per row.
        migrator.registerMigration("v18 checks without lists", foreignKeyChecks: .immediate) { db in
            try ChecksWithoutLists.migrate(db)
        }
        return migrator
    }
}
