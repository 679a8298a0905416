import Foundation
import TendCLI
import TendTestSupport
import Testing

/// `tend shelfware` and `tend finding`, against a database with two dated install base snapshots.
@Suite("tend shelfware and finding")
struct ShelfwareCommandTests {
    let tend: Tend

    init() throws {
        tend = try Tend()
        try tend.directory.write(
            "accounts.csv", "account_id,name,customer_since\nA1,Acme,2012-01-15\nA2,Beta,2013-03-01\n")
        try tend.directory.write(
            "install_base.csv",
            """
            account_id,product,major_version,licences_owned,licences_in_use,unit_price,as_of
            A1,Ledger,3,10,2,100,2024-03-31
            A1,Ledger,3,10,4,100,2024-06-30
            A1,Vault,1,4,4,50,2024-06-30
            A2,Ledger,3,20,15,100,2024-06-30

            """)
        let status = tend.run("import", tend.directory.path("accounts.csv"), tend.directory.path("install_base.csv"))
        #expect(status == 0, "import failed: \(tend.error)")
    }

    @Test("portfolio table flags accounts above 25 % first")
    func portfolioTable() {
        #expect(tend.run("shelfware") == 0)
        #expect(
            tend.output == """
                ACCOUNT  NAME  UNUSED VALUE  INSTALL BASE VALUE  UNUSED SHARE  FLAG        PRODUCTS
                A1       Acme  600.00        1200.00             50.0 %        above 25 %  Ledger
                A2       Beta  500.00        2000.00             25.0 %                    Ledger
                2 accounts, 1 above 25 %; total unrecognised value 1100.00

                """)
    }

    @Test("account JSON has the trend and the finding")
    func accountJSON() throws {
        let document = try #require(try tend.json("shelfware", "--account", "A1", "--format", "json") as? [String: Any])
        #expect(document["unused_share"] as? String == "50.0")
        #expect(document["flagged"] as? Bool == true)
        let products = try #require(document["products"] as? [[String: Any]])
        #expect(products.map { $0["product"] as? String } == ["Ledger", "Vault"])
        #expect(products.map { $0["usage"] as? String } == ["under_used", "fully_used"])
        #expect(products[0]["finding_id"] as? String == "F-1")
        #expect(products[0]["finding_step"] as? String == "track")
        let trend = try #require(products[0]["trend"] as? [[String: Any]])
        #expect(trend.map { $0["licences_in_use"] as? Int } == [2, 4])
    }

    @Test("portfolio CSV lists one row per account")
    func portfolioCSV() {
        #expect(tend.run("shelfware", "--format", "csv") == 0)
        #expect(
            tend.output == """
                account_id,name,date,unused_value,install_base_value,unused_share,flagged
                A1,Acme,2024-06-30,600.00,1200.00,50.0,true
                A2,Beta,2024-06-30,500.00,2000.00,25.0,false

                """)
    }

    @Test("a finding moves through every step to solved")
    func everyStep() throws {
        let moves: [[String]] = [
            ["identify", "F-1", "--cause", "no training"],
            ["review", "F-1", "--date", "2024-07-02", "--participants", "ana, Lee (Acme)"],
            ["plan", "F-1", "--action", "run two training days", "--owner", "ana", "--due", "2024-08-01"],
            ["propose", "F-1", "--solution", "training", "--value", "600"],
            ["solve", "F-1"],
        ]
        let steps = ["Identify", "Review", "Plan", "Propose", "Solved"]
        var previous = "Track"
        for (move, step) in zip(moves, steps) {
            let status = tend.run(["finding"] + move + ["--by", "ana"])
            #expect(status == 0, "\(move) failed: \(tend.error)")
            #expect(tend.output == "F-1 moved from \(previous) to \(step) by ana.\n")
            previous = step
        }
        let document = try #require(try tend.json("finding", "show", "F-1", "--format", "json") as? [String: Any])
        #expect(document["step"] as? String == "solved")
        let history = try #require(document["history"] as? [[String: Any]])
        #expect(history.map { $0["to"] as? String } == ["track", "identify", "review", "plan", "propose", "solved"])
        #expect(history.map { $0["actor"] as? String } == ["tend", "ana", "ana", "ana", "ana", "ana"])
    }

    @Test(
        "invalid moves exit 1 with the workflow's message",
        arguments: [
            (
                ["finding", "review", "F-1", "--date", "2024-07-02", "--participants", "ana"],
                "tend finding: error: finding F-1 is at Track; the next step is Identify, not Review\n"
            ),
            (
                ["finding", "solve", "F-1"],
                "tend finding: error: finding F-1 is at Track and can be solved only after Propose; "
                    + "the next step is Identify\n"
            ),
            (
                ["finding", "identify", "F-1", "--cause", "bad luck"],
                "tend finding: error: unknown shelf-ware cause \"bad luck\"; pick one of the known causes (not "
                    + "deployed, no training, project cancelled, replaced by another tool, bought ahead of need) or "
                    + "add it to the list first\n"
            ),
            (
                ["finding", "identify", "F-9", "--cause", "no training"],
                "tend finding: error: finding \"F-9\" not found; `tend finding list` lists the findings in the "
                    + "database\n"
            ),
        ])
    func invalidMoves(arguments: [String], message: String) {
        #expect(tend.run(arguments + ["--by", "ana"]) == 1)
        #expect(tend.error == message)
    }

    @Test("a dismissed finding cannot move")
    func dismissedFinding() {
        #expect(tend.run("finding", "dismiss", "F-2", "--reason", "kept for a merger", "--by", "ana") == 0)
        #expect(tend.run("finding", "identify", "F-2", "--cause", "no training", "--by", "ana") == 1)
        #expect(
            tend.error
                == "tend finding: error: finding F-2 is dismissed and cannot move to Identify; it reopens only when "
                + "a later snapshot shows its shelf-ware again\n")
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["finding", "identify", "F-1", "--cause", "no training"],
            ["finding", "identify", "F-1", "--by", "ana"],
            ["finding", "review", "F-1", "--date", "2024-13-01", "--participants", "ana", "--by", "ana"],
            ["finding", "propose", "F-1", "--solution", "magic", "--value", "1", "--by", "ana"],
            ["finding", "fly", "F-1"],
            ["finding"],
            ["finding", "list", "--step", "done"],
        ])
    func usageErrors(arguments: [String]) {
        #expect(tend.run(arguments) == 2)
        #expect(tend.error.contains("Usage: tend finding list"))
    }

    @Test("causes can be added and listed")
    func causes() {
        #expect(tend.run("finding", "cause-add", "licence audit pending") == 0)
        #expect(tend.run("finding", "causes") == 0)
        #expect(tend.output.hasSuffix("bought ahead of need\nlicence audit pending\n"))
        #expect(tend.run("finding", "cause-add", "No Training") == 1)
        #expect(tend.error == "tend finding: error: the shelf-ware cause \"no training\" is already in the list\n")
    }

    @Test("a later snapshot without the waste solves the finding by the data")
    func solvedByData() throws {
        let file = try tend.directory.write(
            "install_base.csv",
            "account_id,product,major_version,licences_owned,licences_in_use,unit_price\nA1,Ledger,3,10,10,100\n")
        #expect(tend.run("import", file.path, "--as-of", "2024-09-30") == 0)
        #expect(tend.run("finding", "show", "F-1") == 0)
        #expect(tend.output.hasPrefix("F-1: Ledger of account A1, at Solved\n"))
        #expect(
            tend.output.contains("Closure: solved by the data: the snapshot of 2024-09-30 shows no unused licence\n"))
        #expect(tend.run("import", file.path, "--as-of", "30/09/2024") == 2)
    }

    @Test("list filters by account and step")
    func listFilters() {
        #expect(tend.run("finding", "list", "--account", "A2", "--step", "track") == 0)
        #expect(
            tend.output.hasPrefix("FINDING  ACCOUNT  PRODUCT  STEP   FOUND       UNUSED  UNUSED VALUE  LAST MOVE\nF-2 ")
        )
        #expect(tend.output.hasSuffix("1 findings, 1 open\n"))
    }
}

@Suite("tend shelf-ware with large values")
struct ShelfwareLargeValueTests {
    @Test("unused value beyond entered amounts reads back")
    func largeUnusedValue() throws {
        let tend = try Tend()
        try tend.directory.write("accounts.csv", "account_id,name,customer_since\nA1,Acme,2010-01-01\n")
        try tend.directory.write(
            "install_base.csv",
            "account_id,product,major_version,licences_owned,licences_in_use,unit_price,as_of\n"
                + "A1,Payroll,8,1000000,0,899999999999.9999,2024-01-31\n")
        #expect(tend.run("import", tend.directory.url.path) == 0, "\(tend.error)")
        #expect(tend.run("finding", "list") == 0, "\(tend.error)")
        #expect(tend.output.contains("A1"))
        #expect(tend.run("shelfware", "--format", "csv") == 0, "\(tend.error)")
        #expect(tend.output.contains("899999999999999900.00"))
    }
}

@Suite("tend install base snapshot dates")
struct SnapshotDateTests {
    @Test("a snapshot date in the future is rejected")
    func futureSnapshot() throws {
        let tend = try Tend()
        try tend.directory.write("accounts.csv", "account_id,name,customer_since\nA1,Acme,2010-01-01\n")
        try tend.directory.write(
            "install_base.csv",
            "account_id,product,major_version,licences_owned,licences_in_use,unit_price,as_of\n"
                + "A1,Payroll,8,100,40,10,2099-01-31\n")
        #expect(tend.run("import", tend.directory.url.path) == 1)
        #expect(
            tend.error.contains(
                "install_base.csv:2: column as_of: snapshot date in the future \"2099-01-31\"; expected a date on or before"
            ))
    }
}

@Suite("tend demo shelf-ware")
struct DemoShelfwareTests {
    @Test("demo findings reach every open step and dismissal")
    func demoFindings() throws {
        let tend = try Tend()
        #expect(tend.run("demo", "--accounts", "40", "--seed", "3", "--last-year", "2025") == 0)
        let findings = try #require(try tend.json("finding", "list", "--format", "json") as? [[String: Any]])
        let steps = Set(findings.compactMap { $0["step"] as? String })
        #expect(steps == ["track", "identify", "review", "plan", "propose", "dismissed"])
        let found = Set(findings.compactMap { ($0["found"] as? [String: Any])?["date"] as? String })
        #expect(found == ["2025-12-31"])
        let portfolio = try #require(try tend.json("shelfware", "--format", "json") as? [String: Any])
        #expect((portfolio["flagged_accounts"] as? Int ?? 0) > 0)
    }
}
