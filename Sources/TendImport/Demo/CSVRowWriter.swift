import Foundation
import TendCore

/// A CSV file written row by row through a 64 KiB buffer, so a file of millions of rows needs little memory.
///
/// Fields follow RFC 4180: separated by commas, quoted when they contain a comma, a quote, a carriage return
/// or a line feed, with inner quotes doubled. Rows end with a line feed alone, as most CSV tools write them,
/// where RFC 4180 specifies CRLF.
/// The number writers write ASCII digits straight into the buffer, without making a `String` per value.
final class CSVRowWriter {
    let url: URL
    /// Rows written so far, the header not included.
    private(set) var rowCount = 0

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atRowStart = true
    private static let flushThreshold = 1 << 16

    /// Creates or truncates the file at `url` and writes `header`.
    init(url: URL, header: [String]) throws(DemoPortfolioError) {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw .fileNotWritable(url.path, cause: nil)
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw .fileNotWritable(url.path, cause: error)
        }
        buffer.reserveCapacity(CSVRowWriter.flushThreshold + 4096)
        for name in header { text(name) }
        buffer.append(10)
        atRowStart = true
    }

    /// Ends the current row, and writes the buffer to the file when it is full.
    func endRow() throws(DemoPortfolioError) {
        buffer.append(10)
        atRowStart = true
        rowCount += 1
        if buffer.count >= CSVRowWriter.flushThreshold { try flush() }
    }

    /// Writes the rest of the buffer and closes the file.
    func close() throws(DemoPortfolioError) {
        try flush()
        do {
            try handle.close()
        } catch {
            throw .fileNotWritable(url.path, cause: error)
        }
    }

    private func flush() throws(DemoPortfolioError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .fileNotWritable(url.path, cause: error)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func separate() {
        if !atRowStart { buffer.append(UInt8(ascii: ",")) }
        atRowStart = false
    }

    /// Appends a text field, quoted when RFC 4180 needs it.
    func text(_ value: String) {
        separate()
        let needsQuotes = value.utf8.contains { $0 == 44 || $0 == 34 || $0 == 13 || $0 == 10 }
        guard needsQuotes else {
            buffer.append(contentsOf: value.utf8)
            return
        }
        buffer.append(34)
        for byte in value.utf8 {
            if byte == 34 { buffer.append(34) }
            buffer.append(byte)
        }
        buffer.append(34)
    }

    /// Appends a field of bytes that the caller knows need no quotes, such as a prepared identifier.
    func plain(_ bytes: [UInt8]) {
        separate()
        buffer.append(contentsOf: bytes)
    }

    /// Appends an empty field.
    func empty() {
        separate()
    }

    func integer(_ value: Int) {
        separate()
        appendDigits(value, width: 1)
    }

    /// Appends `prefix` followed by `value` padded with zeros to `width` digits, such as `CS-00000042`.
    func identifier(_ prefix: [UInt8], _ value: Int, width: Int) {
        separate()
        buffer.append(contentsOf: prefix)
        appendDigits(value, width: width)
    }

    /// Appends `yes` or `no`.
    func boolean(_ value: Bool) {
        separate()
        if value {
            buffer.append(contentsOf: [121, 101, 115])
        } else {
            buffer.append(contentsOf: [110, 111])
        }
    }

    /// Appends an amount given in cents as a plain decimal with two decimals, such as `1250.05`.
    func money(cents: Int64) {
        separate()
        var magnitude = cents
        if cents < 0 {
            buffer.append(UInt8(ascii: "-"))
            magnitude = -cents
        }
        appendDigits(Int(magnitude / 100), width: 1)
        buffer.append(UInt8(ascii: "."))
        appendDigits(Int(magnitude % 100), width: 2)
    }

    /// Appends a date as `YYYY-MM-DD`.
    func day(_ value: Day) {
        separate()
        appendDate(value)
    }

    /// Appends a quarter as `YYYY-QN`.
    func quarter(year: Int, number: Int) {
        separate()
        appendDigits(year, width: 4)
        buffer.append(contentsOf: [45, 81])  // "-Q"
        appendDigits(number, width: 1)
    }

    /// Appends an ISO 8601 local time with its UTC offset, such as `2024-03-05T14:07:09+01:00`, to the second.
    func timestamp(secondsSinceEpoch: Int64, utcOffsetSeconds: Int) {
        separate()
        let local = secondsSinceEpoch + Int64(utcOffsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = Int(local - days * 86_400)
        appendDate(Day(daysSinceEpoch: Int32(days)))
        buffer.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, width: 2)
        buffer.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, width: 2)
        buffer.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, width: 2)
        if utcOffsetSeconds == 0 {
            buffer.append(UInt8(ascii: "Z"))
            return
        }
        buffer.append(utcOffsetSeconds < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let offset = abs(utcOffsetSeconds)
        appendDigits(offset / 3600, width: 2)
        buffer.append(UInt8(ascii: ":"))
        appendDigits(offset / 60 % 60, width: 2)
    }

    private func appendDate(_ value: Day) {
        let (year, month, day) = value.components
        appendDigits(year, width: 4)
        buffer.append(UInt8(ascii: "-"))
        appendDigits(month, width: 2)
        buffer.append(UInt8(ascii: "-"))
        appendDigits(day, width: 2)
    }

    /// Appends the decimal digits of a value that is not negative, padded with zeros to at least `width` digits.
    private func appendDigits(_ value: Int, width: Int) {
        var divisor = 1
        var digitCount = 1
        while divisor <= value / 10 {
            divisor *= 10
            digitCount += 1
        }
        for _ in digitCount..<max(width, digitCount) { buffer.append(48) }
        while divisor > 0 {
            buffer.append(UInt8(48 + value / divisor % 10))
            divisor /= 10
        }
    }
}
