import TendImport
import Testing

@Suite("Row estimate")
struct RowEstimateTests {
    static func estimate(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ImportSession.estimatedRowCount($0) }
    }

    @Test(
        "small files count their lines",
        arguments: [
            ("", 0), ("a,b", 0), ("a,b\n", 0), ("a,b\n1,2", 1), ("a,b\n1,2\n", 1), ("a,b\r\n1,2\r\n3,4\r\n", 2),
        ])
    func smallFiles(text: String, rows: Int) {
        #expect(Self.estimate(text) == rows)
    }

    @Test("large file scales the first mebibyte")
    func largeFile() {
        // 16-byte rows, so the first mebibyte contains 65,536 line feeds, one of them the header's.
        let header = "id,name,amount1\n"
        let row = "0000001,abc,1.5\n"
        let text = header + String(repeating: row, count: 3 * 65_536 - 1)

        #expect(Self.estimate(text) == 3 * 65_536 - 1)
    }
}
