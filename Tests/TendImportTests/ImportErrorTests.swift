import Foundation
import TendCore
import TendImport
import Testing

/// Each error class of a CSV import, with its exact message, and a store left unchanged.
@Suite("Import errors")
struct ImportErrorTests {
    let fixture: ImportFixture

    init() throws {
        fixture = try ImportFixture()
    }

    /// Imports `files`, expecting `code` and the message `message` after the failing file's path.
    private func expectError(
        _ files: [(String, String)], _ code: ImportError.Code, _ message: String,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let error = fixture.importError(files, timeZone: timeZone, sourceLocation: sourceLocation)
        #expect(error?.code == code, sourceLocation: sourceLocation)
        let failingFile = fixture.path(files.last!.0)
        #expect(error?.description == failingFile + message, sourceLocation: sourceLocation)
        #expect(try fixture.store.accounts().isEmpty, sourceLocation: sourceLocation)
        #expect(try fixture.store.importedKinds().isEmpty, sourceLocation: sourceLocation)
    }

    @Test("empty file")
    func emptyFile() throws {
        try expectError([("accounts.csv", "")], .emptyFile, ": empty file; expected a header row naming the columns")
    }

    @Test("file with only a byte order mark and line breaks is empty")
    func byteOrderMarkOnly() throws {
        try expectError(
            [("accounts.csv", "\u{FEFF}\r\n\n")], .emptyFile, ": empty file; expected a header row naming the columns")
    }

    @Test("unknown column")
    func unknownColumn() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since,colour\n")], .unknownColumn,
            ":1: column colour: unknown column; expected only the columns account_id, name, customer_since, "
                + "segment, region, owner, reference_customer, knows_whom_to_contact, in_house_integrations")
    }

    @Test("missing required column")
    func missingColumn() throws {
        try expectError(
            [("accounts.csv", "account_id, name\nA1,Acme\n")], .missingColumn,
            ":1: column customer_since: missing column; expected the required columns account_id, name, "
                + "customer_since")
    }

    @Test("duplicate column")
    func duplicateColumn() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since,name\n")], .duplicateColumn,
            ":1: column name: duplicate column at fields 2 and 4; expected each column once in the header")
    }

    @Test("unterminated quote")
    func unterminatedQuote() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA1,\"Acme,2012-01-15\nA2,Beta,2013-03-01\n")],
            .unterminatedQuote,
            ":2: column name: unterminated quoted field; expected a closing quote before the end of the file")
    }

    @Test("quote inside an unquoted field")
    func strayQuote() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA1,Ac\"me,2012-01-15\n")], .strayQuote,
            ":2: column name: quote inside an unquoted field; expected a field either without quotes or wholly "
                + "in quotes with inner quotes doubled")
    }

    @Test("text after a closing quote")
    func textAfterClosingQuote() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA1,\"Acme\" Inc,2012-01-15\n")], .strayQuote,
            ":2: column name: text after the closing quote; expected a comma or line break after a quoted field, "
                + "with inner quotes doubled")
    }

    @Test("record with fewer fields than the header")
    func fieldCount() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA1,Acme\n")], .fieldCount,
            ":2: 2 fields but the header has 3; expected one field per header column; quote fields that contain "
                + "commas")
    }

    @Test("invalid UTF-8")
    func invalidUTF8() throws {
        var bytes = Data("account_id,name,customer_since\nA1,Caf".utf8)
        bytes.append(contentsOf: [0xE9, 0x2C])
        bytes.append(Data("2012-01-15\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: fixture.path("accounts.csv")))
        let error = #expect(throws: ImportError.self) {
            try Importer(store: fixture.store).importPaths([fixture.path("accounts.csv")])
        }
        #expect(error?.code == .invalidUTF8)
        #expect(
            error?.description == fixture.path("accounts.csv") + ":2: column name: invalid UTF-8; expected UTF-8 text")
        #expect(try fixture.store.accounts().isEmpty)
    }

    @Test("invalid date")
    func invalidDate() throws {
        try expectError(
            [
                (
                    "accounts.csv",
                    "account_id,name,customer_since\nA1,Acme,2012-01-15\nA2,Beta,2013-02-28\nA3,Gamma,2013-02-30\n"
                )
            ],
            .invalidValue, ":4: column customer_since: invalid date \"2013-02-30\"; expected a date as YYYY-MM-DD")
    }

    @Test("missing required value")
    func missingValue() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA1,,2012-01-15\n")], .missingValue,
            ":2: column name: missing value; expected a value in every row")
    }

    @Test("invalid boolean")
    func invalidBoolean() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since,reference_customer\nA1,Acme,2012-01-15,maybe\n")],
            .invalidValue,
            ":2: column reference_customer: invalid boolean \"maybe\"; expected yes, no, true, false, 1 or 0")
    }

    @Test("negative amount")
    func negativeAmount() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                (
                    "install_base.csv",
                    "account_id,product,major_version,licences_owned,licences_in_use,unit_price\nA1,Ledger,3,10,4,-1\n"
                ),
            ],
            .invalidValue,
            ":2: column unit_price: invalid amount \"-1\"; expected a plain decimal of 0 or more, below 900 "
                + "billion, with at most 4 decimals")
    }

    @Test("amount with five decimals")
    func fiveDecimals() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("upsells.csv", "account_id,date,kind,amount\nA1,2013-05-01,cloud,1.23456\n"),
            ],
            .invalidValue,
            ":2: column amount: invalid amount \"1.23456\"; expected a plain decimal of 0 or more, below 900 "
                + "billion, with at most 4 decimals")
    }

    @Test("amount of 900 billion")
    func amountAtLimit() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("upsells.csv", "account_id,date,kind,amount\nA1,2013-05-01,cloud,900000000000\n"),
            ],
            .invalidValue,
            ":2: column amount: invalid amount \"900000000000\"; expected a plain decimal of 0 or more, below 900 "
                + "billion, with at most 4 decimals")
    }

    @Test("invalid integration status")
    func invalidStatus() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("integrations.csv", "account_id,integration,status\nA1,ERP,fine\n"),
            ],
            .invalidValue,
            ":2: column status: invalid value \"fine\"; expected one of working, degraded, broken (any case)")
    }

    @Test("invalid quarter")
    func invalidQuarter() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("sales.csv", "account_id,quarter,kind,planned,achieved\nA1,2013-Q5,licence,100,90\n"),
            ],
            .invalidValue, ":2: column quarter: invalid quarter \"2013-Q5\"; expected a quarter such as 2013-Q2")
    }

    @Test("delivery before submission")
    func deliveryBeforeSubmission() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("enhancements.csv", "account_id,request_id,submitted_on,delivered_on\nA1,R1,2013-02-01,2013-01-31\n"),
            ],
            .invalidValue,
            ":2: column delivered_on: delivery date before submitted_on \"2013-01-31\"; expected a date not before "
                + "2013-02-01")
    }

    @Test("programme ending before it starts")
    func programmeEndsBeforeStart() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("programmes.csv", "account_id,programme,started_on,ended_on\nA1,beta,2013-02-01,2013-01-31\n"),
            ],
            .invalidValue,
            ":2: column ended_on: end date before started_on \"2013-01-31\"; expected a date not before 2013-02-01")
    }

    @Test("severity out of range")
    func severityOutOfRange() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("cases.csv", "case_id,account_id,severity,opened_at\nC1,A1,5,2013-04-02T09:30:00\n"),
            ],
            .invalidValue,
            ":2: column severity: invalid severity \"5\"; expected 1, 2, 3 or 4, where 1 is the most severe")
    }

    @Test("nonexistent local time")
    func nonexistentLocalTime() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                ("cases.csv", "case_id,account_id,severity,opened_at\nC1,A1,2,2013-03-31T02:30:00\n"),
            ],
            .invalidValue,
            ":2: column opened_at: nonexistent local time in Europe/Rome (clocks moved forward) "
                + "\"2013-03-31T02:30:00\"; expected a local time that exists in Europe/Rome, or a timestamp with a "
                + "UTC offset",
            timeZone: TimeZone(identifier: "Europe/Rome")!)
    }

    @Test("slash followed by a combining mark in an account id")
    func slashWithCombiningMark() throws {
        try expectError(
            [("accounts.csv", "account_id,name,customer_since\nA/\u{338}9,Acme,2012-01-15\n")], .invalidValue,
            ":2: column account_id: invalid account id \"A/\u{338}9\"; expected an id without \"/\" that is not "
                + "\".\" or \"..\"")
    }

    @Test("unknown account")
    func unknownAccount() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                (
                    "install_base.csv",
                    "account_id,product,major_version,licences_owned,licences_in_use,unit_price\nA9,Ledger,3,10,4,99\n"
                ),
            ],
            .unknownAccount,
            ":2: column account_id: unknown account \"A9\"; expected the id of an account in the store or in "
                + "accounts.csv")
    }

    @Test(
        "account id not in composed form",
        arguments: [(inAccounts: true, errorLine: 2), (inAccounts: false, errorLine: 3)])
    func decomposedAccountID(inAccounts: Bool, errorLine: Int) throws {
        // `X-é` as U+E9 is composed; as `e` followed by U+301 it is canonically equal but other bytes.
        let composed = "X-\u{E9}"
        let decomposed = "X-e\u{301}"
        let accounts = "account_id,name,customer_since\n\(inAccounts ? decomposed : composed),Acme,2012-01-15\n"
        let installBase =
            "account_id,product,major_version,licences_owned,licences_in_use,unit_price\n"
            + "\(composed),Ledger,3,10,4,99\n\(decomposed),Vault,3,10,4,99\n"
        try expectError(
            inAccounts
                ? [("accounts.csv", accounts)] : [("accounts.csv", accounts), ("install_base.csv", installBase)],
            .invalidValue,
            ":\(errorLine): column account_id: invalid account id: characters not in Unicode's composed form (NFC) "
                + "\"\(decomposed)\"; expected the id with composed characters, such as é as U+E9 instead of e followed "
                + "by U+301")
    }

    @Test("duplicate key names the first line")
    func duplicateKey() throws {
        try expectError(
            [
                ("accounts.csv", ImportFixture.accountsCSV),
                (
                    "sales.csv",
                    """
                    account_id,quarter,kind,planned,achieved
                    A1,2013-Q2,licence,100,90
                    A1,2013-Q2,services,50,50
                    A1,2013-q2,LICENCE,100,95

                    """
                ),
            ],
            .duplicateKey,
            ":4: duplicate key \"A1, 2013-Q2, licence\"; expected one row per account_id, quarter and kind "
                + "(this key is first on line 2)")
    }

    @Test("duplicate account in accounts.csv")
    func duplicateAccount() throws {
        try expectError(
            [("accounts.csv", ImportFixture.accountsCSV + "A1,Acme again,2012-01-15\n")], .duplicateKey,
            ":4: duplicate key \"A1\"; expected one row per account_id (this key is first on line 2)")
    }

    @Test("file named explicitly with an unrecognised name")
    func unrecognisedFile() throws {
        try expectError(
            [("notes.csv", "a,b\n")], .unrecognisedFile,
            ": unrecognised file name; expected one of accounts.csv, products.csv, install_base.csv, "
                + "integrations.csv, enhancements.csv, participation.csv, programmes.csv, sales.csv, upsells.csv, "
                + "cases.csv")
    }

    @Test("missing file")
    func missingFile() throws {
        let path = fixture.path("nowhere/accounts.csv")
        let error = #expect(throws: ImportError.self) {
            try Importer(store: fixture.store).importPaths([path])
        }
        #expect(error?.code == .unreadableFile)
        #expect(
            error?.description
                == path + ": no such file or directory; expected the path of a CSV file or of a directory of CSV files")
    }
}
