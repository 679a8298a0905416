import Foundation
import TendCLI
import TendTestSupport
import Testing

/// Runs `tend` in-process against a fresh database in a temporary folder.
struct Tend {
    let directory: TemporaryDirectory
    let captured = CapturedConsole()

    init() throws {
        directory = try TemporaryDirectory()
    }

    var database: String { directory.path("tend.sqlite") }

    /// Runs one command with `--database` pointing at this test's database and returns its exit status.
    @discardableResult
    func run(_ arguments: String...) -> Int32 {
        run(arguments)
    }

    /// Runs one command given as an array, as `run(_:)` does for a list of arguments.
    @discardableResult
    func run(_ arguments: [String]) -> Int32 {
        captured.clear()
        let command = TendCommandLine(console: captured.console, environment: [:])
        return command.run(arguments + ["--database", database])
    }

    var output: String { captured.standardOutput }
    var error: String { captured.standardError }

    /// Imports the hand-scored sample portfolio.
    func importSample() throws {
        let folder = try SamplePortfolio.write(into: directory)
        let status = run("import", folder)
        #expect(status == 0, "import failed: \(error)")
    }

    func json(_ arguments: String...) throws -> Any {
        captured.clear()
        let command = TendCommandLine(console: captured.console, environment: [:])
        let status = command.run(arguments + ["--database", database])
        #expect(status == 0, "\(arguments) failed: \(error)")
        return try JSONSerialization.jsonObject(with: Data(output.utf8))
    }
}

@Suite("tend score and explain")
struct ScoreCommandTests {
    @Test("JSON scores match the hand-worked sample")
    func jsonScores() throws {
        let tend = try Tend()
        try tend.importSample()
        let scores = try #require(try tend.json("score", "--year", "2013", "--format", "json") as? [[String: Any]])
        #expect(scores.map { $0["account_id"] as? String } == ["A1", "A2", "A3", "A4"])
        #expect(scores.map { $0["score"] as? String } == ["10.0", "3.2", nil, "6.0"])
        #expect(scores.map { $0["status"] as? String } == ["healthy", "sick", nil, "infected"])
        #expect(scores.map { $0["points"] as? String } == ["30.00", "9.50", "15.00", "18.00"])
        #expect(scores.map { $0["max_points"] as? String } == ["30", "30", "24", "30"])
        #expect(scores.map { $0["coverage"] as? String } == ["30/30", "30/30", "24/30", "30/30"])
        #expect(scores[2]["status"] is NSNull)
        #expect(
            scores[2]["reason"] as? String
                == "a customer for less than one full year at the end of 2013 (customer since 2013-03-15); "
                + "first scored year is 2014")

        let measures = try #require(scores[1]["measures"] as? [[String: Any]])
        #expect(measures.count == 14)
        let outage = try #require(measures.first { $0["id"] as? String == "outage" })
        #expect(outage["category"] as? String == "stability")
        #expect(outage["points"] as? String == "0.00")
        #expect(outage["max_points"] as? Int == 2)
        #expect(outage["assessed"] as? Bool == true)
        let inputs = try #require(outage["inputs"] as? [String: String])
        #expect(inputs["cases opened"] == "4")
        #expect(inputs["severity 1 share"] == "25.0 %")
    }

    @Test("A3 has a score once it is a customer for a full year")
    func laterYear() throws {
        let tend = try Tend()
        try tend.importSample()
        let scores = try #require(try tend.json("score", "--year", "2014", "--format", "json") as? [[String: Any]])
        #expect(scores[2]["reason"] is NSNull)
        #expect(scores[2]["status"] as? String != nil)
    }

    @Test("without adoption the maximum is 15")
    func withoutAdoption() throws {
        let tend = try Tend()
        try tend.importSample()
        let value = try tend.json("score", "--year", "2013", "--format", "json", "--without-adoption")
        let scores = try #require(value as? [[String: Any]])
        // Delta: 18 points less 10 from Adoption = 8 of 15, score 5.3.
        #expect(scores[3]["points"] as? String == "8.00")
        #expect(scores[3]["coverage"] as? String == "15/15")
        #expect(scores[3]["score"] as? String == "5.3")
        #expect(scores[3]["status"] as? String == "infected")
    }

    @Test("CSV output")
    func csv() throws {
        let tend = try Tend()
        try tend.importSample()
        #expect(tend.run("score", "--year", "2013", "--format", "csv") == 0)
        let lines = tend.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "account_id,name,year,score,status,points,max_points,coverage,largest_loss,reason")
        #expect(lines[1] == "A1,Acme <Corp> & Co,2013,10.0,healthy,30.00,30,30/30,,")
        #expect(lines[2] == "A2,Borealis,2013,3.2,sick,9.50,30,30/30,upsell,")
        #expect(lines[3].hasPrefix("A3,\"Cobalt, Inc\",2013,,,15.00,24,24/30,,a customer for less than"))
        #expect(lines[4] == "A4,Delta,2013,6.0,infected,18.00,30,30/30,upsell,")
    }

    @Test("table output counts statuses")
    func table() throws {
        let tend = try Tend()
        try tend.importSample()
        #expect(tend.run("score", "--year", "2013") == 0)
        #expect(tend.output.hasSuffix("4 accounts in 2013: Healthy 1, Infected 1, Sick 1, No score 1\n"))
        #expect(tend.output.contains("Borealis"))
    }

    @Test("explain ranks the losses largest first")
    func explain() throws {
        let tend = try Tend()
        try tend.importSample()
        #expect(tend.run("explain", "A2", "--year", "2013") == 0)
        let lines = tend.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Borealis (A2), 2013")
        #expect(lines[1] == "Score 3.2 of 10, Sick: 9.50 of 30 points, coverage 30/30")
        let ranked = lines.filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }
        #expect(ranked.count == 11)
        #expect(ranked[0] == "  1. Upsell: -5.00. Find an expansion: more licences, a move to the cloud, or services.")
        #expect(
            ranked[1]
                == "  2. Licence sales: -3.00. Close the licence, cloud and subscription sales gap of 600.00 against "
                + "the plan for 2013.")
        #expect(ranked[2].hasPrefix("  3. Outage: -2.00."))
        #expect(ranked[10].hasPrefix("  11. Participation: -0.50."))
    }

    @Test("explain JSON of one account")
    func explainJSON() throws {
        let tend = try Tend()
        try tend.importSample()
        let value = try #require(try tend.json("explain", "A4", "--year", "2012", "--format", "json") as? [String: Any])
        #expect(value["score"] as? String == "8.2")
        #expect(value["points_exact"] as? String == "49/2")
        #expect(value["status"] as? String == "healthy")
    }

    @Test("a year without data is a data error")
    func yearWithoutData() throws {
        let tend = try Tend()
        try tend.importSample()
        #expect(tend.run("score", "--year", "2015") == 1)
        #expect(tend.error == "tend score: error: no dated data for 2015; the database has data for 2012 to 2014\n")
    }

    @Test("an unknown account is a data error")
    func unknownAccount() throws {
        let tend = try Tend()
        try tend.importSample()
        #expect(tend.run("explain", "NOPE", "--year", "2013") == 1)
        #expect(
            tend.error == "tend explain: error: account \"NOPE\" not found; `tend score` lists the accounts in the "
                + "database\n")
    }
}

@Suite("tend usage errors")
struct UsageTests {
    @Test(
        "usage errors exit with 2",
        arguments: [
            ["score", "--format", "xml"], ["score", "--bogus"], ["score", "--year", "twenty"], ["explain"],
            ["import"], ["import-events", "log.csv"], ["frobnicate"], ["serve", "--port", "70000"],
            ["demo", "--accounts", "0"], ["score", "--year"], ["score", "--year", "--format", "json"],
        ])
    func usage(arguments: [String]) throws {
        let tend = try Tend()
        #expect(tend.run(arguments) == 2)
        #expect(!tend.error.isEmpty)
    }

    @Test("reading commands need an existing database")
    func missingDatabase() throws {
        let tend = try Tend()
        #expect(tend.run("score", "--year", "2013") == 1)
        #expect(
            tend.error
                == "tend score: error: database not found at \"\(tend.database)\"; create one with `tend import` or "
                + "`tend demo`, or name it with --database\n")
        #expect(!FileManager.default.fileExists(atPath: tend.database))
    }

    @Test(
        "every reading command needs an existing database",
        arguments: [
            ["shelfware"], ["support", "--from", "2013-01-01", "--to", "2013-12-31"], ["finding", "list"],
            ["finding", "show", "F-1"], ["finding", "solve", "F-1", "--by", "ana"],
            ["explain", "A1", "--year", "2013"],
        ])
    func missingDatabaseForReading(arguments: [String]) throws {
        let tend = try Tend()
        #expect(tend.run(arguments) == 1)
        #expect(tend.error.contains("error: database not found at \"\(tend.database)\""), "\(tend.error)")
        #expect(!FileManager.default.fileExists(atPath: tend.database))
    }

    @Test("every command has help")
    func help() throws {
        for command in ["import", "import-events", "score", "explain", "serve", "demo"] {
            let tend = try Tend()
            #expect(TendCommandLine(console: tend.captured.console, environment: [:]).run([command, "--help"]) == 0)
            #expect(tend.output.hasPrefix("Usage: tend \(command)"))
            #expect(tend.output.contains("--database PATH"))
        }
    }

    @Test(
        "option descriptions line up",
        arguments: [
            "import", "import-events", "score", "explain", "serve", "demo", "shelfware", "finding", "support", "sla",
            "ross",
        ])
    func helpColumns(command: String) throws {
        let tend = try Tend()
        #expect(TendCommandLine(console: tend.captured.console, environment: [:]).run([command, "--help"]) == 0)
        let lines = tend.output.split(separator: "\n").map(String.init)
        // Returns the column where the description of an option line starts, after the option and two or more spaces.
        func descriptionColumn(_ line: String) -> Int? {
            guard line.hasPrefix("  -") else { return nil }
            let characters = Array(line)
            var column = 2
            while column + 1 < characters.count && !(characters[column] == " " && characters[column + 1] == " ") {
                column += 1
            }
            while column < characters.count && characters[column] == " " { column += 1 }
            return column < characters.count ? column : nil
        }
        let first = try #require(lines.first { $0.hasPrefix("  --") }.flatMap(descriptionColumn))
        let database = try #require(lines.first { $0.hasPrefix("  --database PATH") }.flatMap(descriptionColumn))
        let help = try #require(lines.first { $0.hasPrefix("  -h, --help") }.flatMap(descriptionColumn))
        #expect(database == first)
        #expect(help == first)
        #expect(lines.allSatisfy { $0.count <= 110 })
    }

    @Test("the usage error names the value and shows the help")
    func message() throws {
        let tend = try Tend()
        #expect(tend.run("score", "--format", "xml") == 2)
        #expect(
            tend.error.hasPrefix("tend score: invalid value \"xml\" for --format; expected one of table, json, csv"))
        #expect(tend.error.contains("Usage: tend score"))
    }

    @Test("TEND_DATABASE names the database")
    func environmentDatabase() throws {
        let tend = try Tend()
        let captured = CapturedConsole()
        let folder = try SamplePortfolio.write(into: tend.directory)
        let path = tend.directory.path("from-environment.sqlite")
        let command = TendCommandLine(console: captured.console, environment: ["TEND_DATABASE": path])
        #expect(command.run(["import", folder]) == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

@Suite("tend import and demo")
struct ImportCommandTests {
    @Test("a bad file is a data error and changes nothing")
    func badFile() throws {
        let tend = try Tend()
        try tend.importSample()
        let bad = try tend.directory.write(
            "accounts.csv", "account_id,name,customer_since\nA9,Zeta,2013-02-30\n")
        #expect(tend.run("import", bad.path) == 1)
        #expect(tend.error.contains("accounts.csv:2: column customer_since: invalid date \"2013-02-30\""))
        let scores = try #require(try tend.json("score", "--year", "2013", "--format", "json") as? [[String: Any]])
        #expect(scores.count == 4)
    }

    @Test(
        "invisible characters and slashes in ids are rejected",
        arguments: [
            ("\u{FEFF}A9", "accounts.csv:2: column account_id: invalid text: contains the invisible character U+FEFF"),
            ("A\u{0}9", "accounts.csv:2: column account_id: invalid text: contains the invisible character U+0"),
            ("A/9", "accounts.csv:2: column account_id: invalid account id"),
            ("..", "accounts.csv:2: column account_id: invalid account id"),
        ])
    func invalidIdentifiers(id: String, message: String) throws {
        let tend = try Tend()
        let file = try tend.directory.write("accounts.csv", "account_id,name,customer_since\n\(id),Zeta,2012-01-01\n")
        #expect(tend.run("import", file.path) == 1)
        #expect(tend.error.contains(message), "\(tend.error)")
    }

    @Test("a folder without recognised files is a data error")
    func nothingImported() throws {
        let tend = try Tend()
        try tend.directory.write("Accounts.CSV", "account_id,name,customer_since\n")
        #expect(tend.run("import", tend.directory.url.path) == 1)
        #expect(
            tend.error.contains(
                "error: no recognised CSV file in \(tend.directory.url.path); expected names: accounts.csv"))
        #expect(tend.output == "")
    }

    @Test("summary of one row is singular")
    func singularSummary() throws {
        let tend = try Tend()
        try tend.directory.write("accounts.csv", "account_id,name,customer_since\nA1,Acme,2010-01-01\n")
        #expect(tend.run("import", tend.directory.path("accounts.csv")) == 0)
        #expect(tend.output.hasSuffix(": 1 row, 1 new, 0 updated\nImported 1 row from 1 file: 1 new, 0 updated\n"))
    }

    @Test("demo never replaces a file")
    func demoKeepsFiles() throws {
        let tend = try Tend()
        try tend.directory.write("accounts.csv", "mine\n")
        #expect(tend.run("demo", "--accounts", "2", "--csv", tend.directory.url.path) == 1)
        #expect(
            tend.error.contains(
                "\(tend.directory.path("accounts.csv")) already exists; the demo never replaces a file, so name a "
                    + "new or empty folder for --csv"))
        #expect(try String(contentsOfFile: tend.directory.path("accounts.csv"), encoding: .utf8) == "mine\n")

        #expect(tend.run("demo", "--accounts", "2", "--csv", tend.directory.path("accounts.csv")) == 1)
        #expect(tend.error.contains("\(tend.directory.path("accounts.csv")) is a file; name a new or empty folder"))
    }

    @Test("demo writes CSV files and fills only an empty database")
    func demo() throws {
        let tend = try Tend()
        let folder = tend.directory.path("demo-csv")
        #expect(tend.run("demo", "--accounts", "20", "--seed", "7", "--csv", folder, "--last-year", "2025") == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.contains("accounts.csv"))
        #expect(names.contains("cases.csv"))

        #expect(tend.run("demo", "--accounts", "20", "--seed", "7", "--last-year", "2025") == 0)
        let scores = try #require(try tend.json("score", "--year", "2025", "--format", "json") as? [[String: Any]])
        #expect(scores.count == 20)

        #expect(tend.run("demo", "--accounts", "20") == 1)
        #expect(tend.error.contains("already has 20 accounts"))
    }
}
