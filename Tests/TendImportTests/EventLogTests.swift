import Foundation
import TendCore
import TendImport
import TendStore
import Testing

/// Event log imports into a real SQLite file.
@Suite("Event log import")
struct EventLogTests {
    let fixture: ImportFixture

    init() throws {
        fixture = try ImportFixture()
    }

    static let mappingJSON = """
        {
          "columns": {"case_id": "Case ID", "activity": "Activity", "timestamp": "Time",
                      "account_id": "customer", "product": "product", "severity": "level"},
          "timestamp_format": "yyyy/MM/dd HH:mm:ss.SSS",
          "time_zone": "Europe/Rome",
          "activities": {"first_contact": ["Take"], "restore": ["Resolve"], "close": ["Closed"],
                         "wait": ["Wait"], "rca": ["RCA"]},
          "severity_values": {"Value 4": 1, "Value 1": 2, "Value 2": 3, "Value 3": 4},
          "attribute_policy": {"account_id": "last", "product": "first", "severity": "most_severe"},
          "comment": "test mapping"
        }
        """

    static let log = """
        Case ID,Activity,Variant,Time,customer,product,level,Variant
        K1,Insert,v,2013/03/30 10:00:00.000,Value 7,P1,Value 1,v
        K1,Take,v,2013/03/30 10:05:00.000,Value 7,P1,Value 1,v
        K1,Resolve,v,2013/03/31 03:30:00.000,Value 7,P2,Value 4,v
        K1,Take,v,2013/04/01 09:00:00.000,Value 8,P2,Value 1,v
        K1,Wait,v,2013/04/01 09:10:00.000,Value 8,P2,Value 1,v
        K1,Resolve,v,2013/04/02 09:00:00.000,Value 8,P2,Value 1,v
        K1,Closed,v,2013/04/03 09:00:00.000,Value 8,P2,Value 1,v
        K1,RCA,v,2013/04/04 09:00:00.000,Value 8,P2,Value 1,v
        K2,Take,v,2013/01/10 10:00:00.000,Value 9,,Value 3,v
        K2,Insert,v,2013/01/10 09:00:00.000,Value 9,,Value 2,v

        """

    private func mapping(_ json: String = mappingJSON) throws -> EventLogMapping {
        try JSONDecoder().decode(EventLogMapping.self, from: Data(json.utf8))
    }

    @discardableResult
    private func importLog(_ text: String = log, mapping json: String = mappingJSON) throws -> ImportSummary {
        try fixture.directory.write("events.csv", text)
        return try Importer(store: fixture.store).importEventLog(
            path: fixture.path("events.csv"), mapping: mapping(json))
    }

    private func importLogError(
        _ text: String = log, mapping json: String = mappingJSON, sourceLocation: SourceLocation = #_sourceLocation
    ) -> ImportError? {
        let error = #expect(throws: ImportError.self, sourceLocation: sourceLocation) {
            try importLog(text, mapping: json)
        }
        #expect((try? fixture.store.cases(accountID: nil).isEmpty) == true, sourceLocation: sourceLocation)
        #expect((try? fixture.store.accounts().isEmpty) == true, sourceLocation: sourceLocation)
        return error
    }

    @Test("events become cases with their milestones")
    func aggregation() throws {
        let summary = try importLog()
        #expect(summary.files.count == 1)
        #expect(summary.files[0].kind == .cases)
        #expect(summary.files[0].rows == 10)
        #expect(summary.files[0].inserted == 2)
        #expect(summary.files[0].accountsCreated == 3)

        let cases = try fixture.store.cases(accountID: nil)
        let k1 = try #require(cases.first { $0.id == "K1" })
        #expect(k1.accountID == "Value 8")
        #expect(k1.product == "P1")
        #expect(k1.severity == 1)
        #expect(k1.openedAt.description == "2013-03-30T10:00:00+01:00")
        #expect(k1.firstContactAt?.description == "2013-03-30T10:05:00+01:00")
        #expect(k1.restoredAt?.description == "2013-04-02T09:00:00+02:00")
        #expect(k1.closedAt?.description == "2013-04-03T09:00:00+02:00")
        #expect(k1.reopenings == 1)
        #expect(k1.rcaDone == true)

        let k2 = try #require(cases.first { $0.id == "K2" })
        #expect(k2.openedAt.description == "2013-01-10T09:00:00+01:00")
        #expect(k2.firstContactAt?.description == "2013-01-10T10:00:00+01:00")
        #expect(k2.severity == 3)
        #expect(k2.product == "")
        #expect(k2.restoredAt == nil)
        #expect(k2.closedAt == nil)
        #expect(k2.rcaDone == false)
        #expect(k2.reopenings == 0)

        #expect(try fixture.store.accounts().map(\.id) == ["Value 7", "Value 8", "Value 9"])
        #expect(try fixture.store.importedKinds() == [.cases])
    }

    @Test("importing a log twice adds no case")
    func idempotent() throws {
        try importLog()
        let summary = try importLog()
        #expect(summary.files[0].inserted == 0)
        #expect(summary.files[0].updated == 2)
        #expect(summary.files[0].accountsCreated == 0)
        #expect(try fixture.store.cases(accountID: nil).count == 2)
    }

    @Test("first and last policies for the account and the severity")
    func policies() throws {
        let json = Self.mappingJSON.replacingOccurrences(
            of: #""account_id": "last", "product": "first", "severity": "most_severe""#,
            with: #""account_id": "first", "product": "last", "severity": "last""#)
        try importLog(mapping: json)
        let k1 = try #require(try fixture.store.cases(accountID: nil).first { $0.id == "K1" })
        #expect(k1.accountID == "Value 7")
        #expect(k1.product == "P2")
        #expect(k1.severity == 2)
    }

    @Test("no rca activities leaves rca_done unknown")
    func rcaUnknown() throws {
        try importLog(mapping: Self.mappingJSON.replacingOccurrences(of: #""rca": ["RCA"]"#, with: #""rca": []"#))
        #expect(try fixture.store.cases(accountID: nil).allSatisfy { $0.rcaDone == nil })
    }

    @Test("severity value not in the mapping")
    func unknownSeverity() throws {
        let text = Self.log.replacingOccurrences(of: "Value 4,v", with: "Value 5,v")
        let error = importLogError(text)
        #expect(error?.code == .invalidValue)
        #expect(
            error?.description
                == fixture.path("events.csv") + ":4: column level: severity value not in severity_values \"Value 5\"; "
                + "expected one of \"Value 1\", \"Value 2\", \"Value 3\", \"Value 4\"")
    }

    @Test("severity is checked on every event, even when the policy ignores it")
    func severityIgnoredByPolicyIsValidated() throws {
        let json = Self.mappingJSON.replacingOccurrences(
            of: #""severity": "most_severe""#, with: #""severity": "last""#)
        let text = Self.log.replacingOccurrences(of: "Value 4,v", with: "Value 5,v")
        #expect(importLogError(text, mapping: json)?.line == 4)
    }

    @Test(
        "mapped account column checks ids as account_id does",
        arguments: [
            ("Value/9", "invalid account id \"Value/9\"; expected an id without \"/\" that is not \".\" or \"..\""),
            (
                "Cafe\u{301}",
                "invalid account id: characters not in Unicode's composed form (NFC) \"Cafe\u{301}\"; expected the id "
                    + "with composed characters, such as é as U+E9 instead of e followed by U+301"
            ),
        ])
    func accountIDChecks(accountID: String, message: String) throws {
        let text = Self.log.replacingOccurrences(
            of: "2013/01/10 09:00:00.000,Value 9", with: "2013/01/10 09:00:00.000,\(accountID)")
        let error = importLogError(text)
        #expect(error?.code == .invalidValue)
        #expect(error?.description == fixture.path("events.csv") + ":11: column customer: " + message)
    }

    @Test("timestamp that does not match the pattern")
    func badTimestamp() throws {
        let text = Self.log.replacingOccurrences(of: "2013/01/10 09:00:00.000", with: "2013-01-10 09:00:00")
        let error = importLogError(text)
        #expect(
            error?.description
                == fixture.path("events.csv") + ":11: column Time: invalid timestamp \"2013-01-10 09:00:00\"; "
                + "expected a timestamp as yyyy/MM/dd HH:mm:ss.SSS")
    }

    @Test("local time skipped by the change to summer time")
    func nonexistentTime() throws {
        let text = Self.log.replacingOccurrences(of: "2013/03/31 03:30:00.000", with: "2013/03/31 02:30:00.000")
        #expect(importLogError(text)?.code == .invalidValue)
    }

    @Test("mapped column missing from the header")
    func mappedColumnMissing() throws {
        let text = Self.log.replacingOccurrences(
            of: "Case ID,Activity,Variant,Time,customer", with: "Case ID,Activity,Variant,When,customer")
        let error = importLogError(text)
        #expect(error?.code == .missingColumn)
        #expect(error?.column == "Time")
    }

    @Test("mapped product column missing from the header")
    func mappedProductMissing() throws {
        let text = Self.log.replacingOccurrences(of: ",product,", with: ",item,")
        let error = importLogError(text)
        #expect(error?.code == .missingColumn)
        #expect(error?.column == "product")
    }

    @Test("mapped column repeated in the header")
    func mappedColumnRepeated() throws {
        let text = Self.log.replacingOccurrences(of: "Case ID,Activity,Variant,", with: "Case ID,Activity,Activity,")
        let error = importLogError(text)
        #expect(error?.code == .duplicateColumn)
        #expect(error?.column == "Activity")
    }

    @Test(
        "invalid mappings",
        arguments: [
            (
                #""timestamp_format": "yyyy/MM/dd HH:mm:ss.SSS""#, #""timestamp_format": "yyyy/MM/dd hh:mm""#,
                "invalid mapping: timestamp_format \"yyyy/MM/dd hh:mm\": unknown field \"hh\""
            ),
            (
                #""timestamp_format": "yyyy/MM/dd HH:mm:ss.SSS""#, #""timestamp_format": "HH:mm""#,
                "invalid mapping: timestamp_format \"HH:mm\": no \"yyyy\" field"
            ),
            (
                #""time_zone": "Europe/Rome""#, #""time_zone": "Mars/Olympus""#,
                "invalid mapping: unknown time_zone \"Mars/Olympus\""
            ),
            (#""Value 3": 4"#, #""Value 3": 5"#, "invalid mapping: severity_values maps \"Value 3\" to 5"),
            (
                #""account_id": "last""#, #""account_id": "most_severe""#,
                "invalid mapping: most_severe is only for severity"
            ),
        ])
    func invalidMappings(original: String, replacement: String, message: String) throws {
        let error = importLogError(mapping: Self.mappingJSON.replacingOccurrences(of: original, with: replacement))
        #expect(error?.code == .invalidMapping)
        #expect(error?.message == message)
    }

    @Test("mapping read from a JSON file")
    func mappingFile() throws {
        try fixture.directory.write("mapping.json", Self.mappingJSON)
        let mapping = try EventLogMapping.read(path: fixture.path("mapping.json"))
        #expect(mapping.columns.severity == "level")
        #expect(mapping.activities.wait == ["Wait"])
        #expect(mapping.attributePolicy?.severity == .mostSevere)
        #expect(mapping.severityValues["Value 4"] == 1)
    }

    @Test(
        "mapping file with a misspelt key",
        arguments: [("prodcut", "columns.prodcut"), ("attribute_polciy", "attribute_polciy")])
    func mappingFileUnknownKey(typo: String, name: String) throws {
        let json = Self.mappingJSON.replacingOccurrences(
            of: typo == "prodcut" ? "\"case_id\"" : "\"attribute_policy\"", with: "\"\(typo)\"")
        try fixture.directory.write("mapping.json", json)
        let error = #expect(throws: ImportError.self) { try EventLogMapping.read(path: fixture.path("mapping.json")) }
        #expect(error?.code == .invalidMapping)
        #expect(error?.message == "invalid mapping (unknown key \(name))")
        #expect(error?.file == fixture.path("mapping.json"))
    }

    @Test("mapping file without a required key")
    func mappingFileMissingKey() throws {
        try fixture.directory.write("mapping.json", #"{"columns": {"case_id": "Case ID"}}"#)
        let error = #expect(throws: ImportError.self) { try EventLogMapping.read(path: fixture.path("mapping.json")) }
        #expect(error?.code == .invalidMapping)
        #expect(error?.message == "invalid mapping (missing key columns.activity)")
    }
}
