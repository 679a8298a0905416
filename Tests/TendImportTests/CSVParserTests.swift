import Testing

@testable import TendImport

/// Parses `text` and returns each record's starting line and field texts.
private func records(_ text: String) throws(CSVSyntaxError) -> [(line: Int, fields: [String])] {
    var bytes = Array(text.utf8)
    return try bytes.withUnsafeMutableBufferPointer { buffer throws(CSVSyntaxError) in
        var parser = CSVParser(bytes: UnsafeBufferPointer(buffer))
        var fields: [CSVField] = []
        var result: [(line: Int, fields: [String])] = []
        while let line = try parser.nextRecord(into: &fields) {
            result.append((line, fields.map { parser.string($0) }))
        }
        return result
    }
}

@Suite("CSV parser")
struct CSVParserTests {
    @Test("plain records with LF")
    func plainRecords() throws {
        let parsed = try records("a,b,c\n1,2,3\n")
        #expect(parsed.count == 2)
        #expect(parsed[0].fields == ["a", "b", "c"])
        #expect(parsed[1].fields == ["1", "2", "3"])
        #expect(parsed[1].line == 2)
    }

    @Test("CRLF line breaks and no final newline")
    func crlf() throws {
        let parsed = try records("a,b\r\n1,2\r\n3,4")
        #expect(parsed.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(parsed.map(\.line) == [1, 2, 3])
    }

    @Test("byte order mark is skipped")
    func byteOrderMark() throws {
        let parsed = try records("\u{FEFF}account_id,name\nA1,Acme\n")
        #expect(parsed[0].fields == ["account_id", "name"])
    }

    @Test("quoted fields with commas, doubled quotes and newlines")
    func quotedFields() throws {
        let parsed = try records("id,note\n1,\"a, \"\"quoted\"\"\nsecond line\"\n2,\"x\r\ny\"\n3,z\n")
        #expect(parsed.count == 4)
        #expect(parsed[1].fields == ["1", "a, \"quoted\"\nsecond line"])
        #expect(parsed[1].line == 2)
        #expect(parsed[2].fields == ["2", "x\r\ny"])
        #expect(parsed[2].line == 4)
        #expect(parsed[3].line == 6)
    }

    @Test("empty fields and a trailing comma")
    func emptyFields() throws {
        let parsed = try records("a,b,c\n,,\n1,2,")
        #expect(parsed[1].fields == ["", "", ""])
        #expect(parsed[2].fields == ["1", "2", ""])
    }

    @Test("empty lines are skipped but counted")
    func emptyLines() throws {
        let parsed = try records("a\n\n\r\nb\n\n")
        #expect(parsed.map(\.fields) == [["a"], ["b"]])
        #expect(parsed.map(\.line) == [1, 4])
    }

    @Test("an empty quoted field is a field")
    func emptyQuotedField() throws {
        let parsed = try records("\"\",\"\"\n")
        #expect(parsed[0].fields == ["", ""])
    }

    @Test("unterminated quote names the record's first line")
    func unterminatedQuote() {
        #expect(throws: CSVSyntaxError(kind: .unterminatedQuote, line: 2, fieldIndex: 1)) {
            try records("a,b\n1,\"open\nstill open\n")
        }
    }

    @Test("quote inside an unquoted field")
    func strayQuote() {
        #expect(throws: CSVSyntaxError(kind: .quoteInUnquotedField, line: 3, fieldIndex: 0)) {
            try records("a,b\n1,2\nab\"c,3\n")
        }
    }

    @Test("text after a closing quote")
    func textAfterQuote() {
        #expect(throws: CSVSyntaxError(kind: .textAfterClosingQuote, line: 2, fieldIndex: 1)) {
            try records("a,b\n1,\"x\"y\n")
        }
    }

    @Test("non-ASCII records are flagged for UTF-8 validation")
    func nonASCIIFlag() {
        var bytes: [UInt8] = Array("a\nb\n".utf8) + [0xC3, 0x28, 0x0A]
        bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = CSVParser(bytes: UnsafeBufferPointer(buffer))
            var fields: [CSVField] = []
            _ = try? parser.nextRecord(into: &fields)
            #expect(!parser.recordHasNonASCII)
            _ = try? parser.nextRecord(into: &fields)
            #expect(!parser.recordHasNonASCII)
            _ = try? parser.nextRecord(into: &fields)
            #expect(parser.recordHasNonASCII)
            #expect(!parser.isValidUTF8(fields[0]))
        }
    }
}
