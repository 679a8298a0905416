import Testing

@testable import TendImport

private func parse(_ pattern: String, _ text: String) throws -> LocalDateTime? {
    let compiled = try TimestampPattern.compile(pattern).get()
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { compiled.parse(UnsafeBufferPointer($0)) }
}

@Suite("Timestamp pattern")
struct TimestampPatternTests {
    @Test("every field and an offset")
    func everyField() throws {
        let parsed = try parse("dd.MM.yyyy HH:mm:ss.SSSXXX", "02.04.2013 09:30:05.250+02:00")
        #expect(
            parsed
                == LocalDateTime(
                    year: 2013, month: 4, day: 2, hour: 9, minute: 30, second: 5, millisecond: 250,
                    utcOffsetSeconds: 7200))
        #expect(try parse("yyyy-MM-dd'T'HH:mmXXX", "2013-04-02T09:30Z")?.utcOffsetSeconds == 0)
    }

    @Test("quoted text and a doubled quote are literal")
    func quotedLiterals() throws {
        #expect(try parse("yyyy-MM-dd'T'HH 'at' ''mm", "2013-04-02T09 at '30")?.minute == 30)
    }

    @Test("a date alone reads as midnight local time")
    func dateOnly() throws {
        let parsed = try parse("yyyyMMdd", "20130402")
        #expect(parsed?.hour == 0)
        #expect(parsed?.utcOffsetSeconds == nil)
    }

    @Test(
        "text that does not match",
        arguments: [
            "2013/04/02 09:30", "2013/04/02 09:30:00.0000", "2013-04-02 09:30:00.000", "2013/04/2 09:30:00.000",
        ])
    func mismatch(text: String) throws {
        #expect(try parse("yyyy/MM/dd HH:mm:ss.SSS", text) == nil)
    }

    @Test(
        "invalid patterns",
        arguments: [
            ("yyyy/MM/dd hh:mm", "unknown field \"hh\""), ("yy/MM/dd", "unknown field \"yy\""),
            ("yyyy/MM/dd/dd", "field \"dd\" appears twice"), ("MM/dd HH:mm", "no \"yyyy\" field"),
            ("yyyy-MM-ddTHH", "unknown field \"T\""), ("yyyy-MM-dd'T", "unterminated quote"),
        ])
    func invalidPatterns(pattern: String, reason: String) {
        guard case .failure(let error) = TimestampPattern.compile(pattern) else {
            Issue.record("\(pattern) compiled")
            return
        }
        #expect(error.reason == reason)
    }
}
