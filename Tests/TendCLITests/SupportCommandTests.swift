import Foundation
import TendCLI
import TendTestSupport
import Testing

@Suite("tend support and tend sla")
struct SupportCommandTests {
    /// Imports `SupportSample`'s accounts and cases.
    static func sample() throws -> Tend {
        let tend = try Tend()
        let accounts = try tend.directory.write("accounts.csv", SupportSample.accountsCSV).path
        let cases = try tend.directory.write("cases.csv", SupportSample.casesCSV).path
        #expect(tend.run("import", accounts, cases) == 0, "import failed: \(tend.error)")
        return tend
    }

    static let march = ["--from", "2013-03-01", "--to", "2013-03-31", "--now", "2013-04-01"]

    /// Hand-worked from `SupportSample.casesCSV` with the built-in targets: C2 meets both targets exactly; C3 is
    /// 496 h old at the report time and late for both; C4 has its first contact before its opening.
    @Test("JSON per severity matches the hand-worked sample")
    func jsonBySeverity() throws {
        let tend = try Self.sample()
        let arguments = ["support"] + Self.march + ["--by", "severity", "--format", "json"]
        let document = try #require(try tend.json(arguments) as? [String: Any])
        #expect(document["policy"] as? String == "built-in default")
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["severity 1", "severity 2", "severity 3"])
        #expect(groups.map { $0["cases"] as? Int } == [1, 1, 2])
        #expect(groups.map { $0["open"] as? Int } == [0, 0, 1])

        func figure(_ group: Int, _ name: String, _ field: String) -> String? {
            (groups[group][name] as? [String: Any])?[field] as? String
        }
        #expect(figure(0, "mttr_hours", "mean") == "2.00")
        #expect(figure(0, "ttfc_hours", "mean") == "0.50")
        #expect(figure(0, "aclt_hours", "mean") == "24.00")
        #expect(figure(0, "rca_coverage", "share") == "1.0000")
        #expect(figure(1, "mttr_hours", "mean") == "24.00")
        #expect(figure(1, "first_contact_target", "share") == "1.0000")
        #expect(figure(1, "restore_target", "share") == "1.0000")
        #expect(figure(1, "rca_coverage", "share") == "0.0000")
        #expect(figure(2, "ttfc_hours", "mean") == "10.00")
        #expect(figure(2, "mttr_hours", "mean") == "6.00")
        #expect(figure(2, "first_contact_target", "share") == "0.0000")
        #expect(figure(2, "restore_target", "share") == "0.0000")
        #expect((groups[2]["rca_coverage"] as? [String: Any])?["share"] is NSNull)

        let open = try #require(groups[2]["open_cases"] as? [[String: Any]])
        #expect(open.map { $0["id"] as? String } == ["C3"])
        #expect(open.map { $0["age_hours"] as? String } == ["496.00"])
        let anomalies = try #require(groups[2]["anomalies"] as? [[String: Any]])
        #expect(anomalies.map { $0["case_id"] as? String } == ["C4"])
        #expect(anomalies.map { $0["reason"] as? String } == ["firstContactBeforeOpening"])
    }

    /// MTTR of 2, 24 and 6 hours: mean 32/3, median 6, 90th percentile the 3rd of 3.
    @Test("CSV for the portfolio")
    func csvPortfolio() throws {
        let tend = try Self.sample()
        #expect(tend.run(["support"] + Self.march + ["--format", "csv"]) == 0)
        let lines = tend.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines[1] == "portfolio,4,1,0,0,3,10.67,6.00,24.00,3,4.83,4.00,10.00,3,32.00,24.00,48.00,2,1,0,2,1,0,1,1,0,1"
        )
    }

    @Test("table lists anomalies and open cases")
    func table() throws {
        let tend = try Self.sample()
        #expect(tend.run(["support"] + Self.march + ["--by", "account"]) == 0)
        #expect(tend.output.contains("\nA1  "))
        #expect(tend.output.contains("\nA2  "))
        #expect(tend.output.contains("1 case with timestamps out of order (firstContactBeforeOpening 1):\n"))
        #expect(tend.output.contains("  case C4: first contact before opening; left out of ttfc, "))
        #expect(tend.output.contains("  C3 severity 3, opened 2013-03-11T08:00:00Z, age 496.00 h\n"))
    }

    static let usageErrors: [[String]] = [
        ["support", "--from", "2013-03-01"],
        ["support", "--from", "2013-03-01", "--to", "2013-02-01"],
        ["support", "--from", "2013-03-01", "--to", "2013-03-31", "--by", "colour"],
        ["support", "--from", "2013-03-32", "--to", "2013-03-31"],
        ["sla", "frobnicate"],
        ["sla", "set-target", "gold", "--severity", "5", "--first-contact", "1", "--restore", "2"],
        ["sla", "set-target", "gold", "--severity", "1", "--first-contact", "-1", "--restore", "2"],
    ]

    @Test("usage errors exit 2 with the help", arguments: usageErrors)
    func usageError(_ arguments: [String]) throws {
        let tend = try Tend()
        #expect(tend.run(arguments) == 2)
        #expect(tend.error.contains("Usage: tend \(arguments[0])"))
    }

    @Test("an unknown policy is a data error")
    func unknownPolicy() throws {
        let tend = try Self.sample()
        #expect(tend.run(["support"] + Self.march + ["--policy", "gold"]) == 1)
        #expect(tend.error == "tend support: error: SLA policy \"gold\" not found; stored policies: none\n")
    }

    /// With the imported policy, severity 2 counts 1/3 h to first contact, and C2 needed 4 h.
    @Test("imported policy becomes the default")
    func importedPolicy() throws {
        let tend = try Self.sample()
        let file = try tend.directory.write("sla.json", SupportSample.slaJSON).path
        #expect(tend.run("sla", "import", file) == 0)
        #expect(tend.output == "Imported 1 calendars and 1 SLA policies\n")

        #expect(tend.run("sla", "list") == 0)
        #expect(tend.output.contains("rome-office (Europe/Rome): monday 09:00-13:00,14:00-18:00; tuesday 09:00-18:00"))
        #expect(tend.output.contains("default  2         0.33 business h (rome-office)  16 business h (rome-office)"))

        let arguments = ["support"] + Self.march + ["--by", "severity", "--format", "json"]
        let document = try #require(try tend.json(arguments) as? [String: Any])
        #expect(document["policy"] as? String == "default")
        let groups = try #require(document["groups"] as? [[String: Any]])
        let firstContact = try #require(groups[1]["first_contact_target"] as? [String: Any])
        #expect(firstContact["met"] as? Int == 0)
        #expect(firstContact["missed"] as? Int == 1)
    }

    @Test("set-target, add-holiday and delete edit the stored configuration")
    func editing() throws {
        let tend = try Tend()
        let file = try tend.directory.write("sla.json", SupportSample.slaJSON).path
        #expect(tend.run("sla", "import", file) == 0)
        #expect(
            tend.run(
                "sla", "set-target", "gold", "--severity", "1", "--first-contact", "0.25", "--restore", "2",
                "--calendar", "rome-office") == 0)
        #expect(tend.run("sla", "add-holiday", "rome-office", "2013-08-15") == 0)

        let exported = try #require(try tend.json("sla", "export") as? [String: Any])
        let calendars = try #require(exported["calendars"] as? [[String: Any]])
        #expect(calendars.first?["holidays"] as? [String] == ["2013-08-15", "2013-12-25", "2014-01-01"])
        let policies = try #require(exported["policies"] as? [[String: Any]])
        #expect(policies.map { $0["name"] as? String } == ["default", "gold"])
        let gold = try #require(policies[1]["targets"] as? [[String: Any]])
        #expect(gold[0]["first_contact_hours"] as? String == "1/4")
        #expect(gold[0]["calendar"] as? String == "rome-office")
        #expect(gold[1]["restore_hours"] as? String == "24")

        #expect(tend.run("sla", "delete-calendar", "rome-office") == 1)
        #expect(tend.error.contains("is used by SLA policies default, gold"))
        #expect(tend.run("sla", "delete-policy", "gold") == 0)
        #expect(tend.run("sla", "delete-policy", "gold") == 1)
    }
}

extension Tend {
    func json(_ arguments: [String]) throws -> Any {
        let status = run(arguments)
        #expect(status == 0, "\(arguments) failed: \(error)")
        return try JSONSerialization.jsonObject(with: Data(output.utf8))
    }
}
