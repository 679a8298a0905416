import Foundation
import TendCore
import TendHTTP
import TendImport
import TendSQLite
import TendStore
import TendWeb

/// Measures Tend's speed and memory on a generated portfolio: CSV generation, import, scoring every account
/// for a year, and serving portfolio pages. Run it in release mode:
///
///     swift run -c release tend-bench --accounts 100000
///
/// It prints one line per step and the peak resident memory of the process.

struct BenchOptions {
    var accounts = 100_000
    var seed: UInt64 = 1
    var folder = "bench-data"
    var lastYear = 2025
    var pageRequests = 50
    var shelfware = false
    /// Generated support cases for the support KPI benchmark; 0 runs the health score benchmark instead.
    var supportCases = 0
    /// Whether to read what a previous run left in the folder instead of generating it: the support benchmark's
    /// database, or the health score benchmark's CSV files, which are then imported into a new database.
    var reuse = false
    /// Whether the health score benchmark scores and serves the database a previous run left, importing nothing.
    var reuseDatabase = false
    /// How many connections read the support cases in parallel, each a part of the period; 0 means one per core.
    var supportParts = 0

    init(arguments: [String]) {
        var index = 0
        func next() -> String {
            index += 1
            guard index < arguments.count else { fail("option \(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--accounts": accounts = number(next(), "--accounts")
            case "--seed": seed = UInt64(number(next(), "--seed"))
            case "--folder": folder = next()
            case "--last-year": lastYear = number(next(), "--last-year")
            case "--page-requests": pageRequests = number(next(), "--page-requests")
            case "--shelfware": shelfware = true
            case "--support-cases": supportCases = number(next(), "--support-cases")
            case "--reuse": reuse = true
            case "--reuse-database": reuseDatabase = true
            case "--parts": supportParts = number(next(), "--parts")
            case "-h", "--help":
                print(
                    """
                    Usage: tend-bench [--accounts N] [--seed S] [--folder DIR] [--last-year YYYY] [--page-requests N]
                      --accounts N        accounts in the generated portfolio (default 100000)
                      --seed S            the seed of the generated data; a seed always gives the same data (default 1)
                      --last-year YYYY    the last of the five generated years, the year scored (default 2025)
                      --folder DIR        where the CSV files and the database go (default bench-data); without
                                          --reuse or --reuse-database, the folder and all it holds are deleted first
                      --page-requests N   portfolio page requests to time after the first (default 50)
                      --shelfware         also time a second install base snapshot and the shelf-ware views
                      --support-cases N   time every support KPI on N generated cases instead
                      --reuse             read the CSV files (or with --support-cases, the cases) a previous run
                                          left in --folder instead of generating them
                      --reuse-database    score and serve the database a previous run left in --folder, with no
                                          generation and no import
                      --parts N           with --support-cases, connections reading in parallel (default: cores)
                    """)
                exit(0)
            default: fail("unknown option \(arguments[index])")
            }
            index += 1
        }
        if reuse && reuseDatabase { fail("--reuse and --reuse-database exclude each other; choose one") }
        if reuseDatabase && supportCases > 0 {
            fail("--reuse-database is for the health score benchmark; with --support-cases, use --reuse")
        }
    }
}

/// Reads the whole number in `text`, or exits with a usage error naming `option`.
func number(_ text: String, _ option: String) -> Int {
    guard let value = Int(text), value >= 0 else { fail("\(option) takes a whole number, not \"\(text)\"") }
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tend-bench: \(message)\n".utf8))
    exit(2)
}

/// Counts the data rows of the CSV files in `folder`: its line feeds less one header line a file. The generated
/// files have no quoted line breaks, so each line feed after the header ends one row.
func reusedRowCount(_ folder: URL) throws -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".csv") }
    guard let names, !names.isEmpty else {
        fail("--reuse found no CSV files in \(folder.path); run once without it first")
    }
    var rows = 0
    for name in names {
        // Reading in blocks instead of mapping the file keeps its pages out of the peak memory reported later.
        let file = try FileHandle(forReadingFrom: folder.appendingPathComponent(name))
        defer { try? file.close() }
        rows -= 1
        while let block = try file.read(upToCount: 1 << 20), !block.isEmpty {
            rows += block.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
        }
    }
    return rows
}

/// Seconds taken by `body`, measured on the monotonic clock.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    var result: T?
    let duration = try clock.measure { result = try body() }
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return (result!, seconds)  // `measure` ran the body, which set the result or threw.
}

/// Returns the processor time, user and system, this process has used so far, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Returns the peak resident set size of this process so far, in mebibytes.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports ru_maxrss in kibibytes.
}

func report(_ step: String, _ seconds: Double, _ detail: String) {
    let padded = step.padding(toLength: max(32, step.count), withPad: " ", startingAt: 0)
    print("\(padded) \(String(format: "%8.3f", seconds)) s  \(detail)  (peak RSS \(Int(peakMemoryMiB())) MiB)")
}

let options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
let folder = URL(fileURLWithPath: options.folder)
if options.supportCases > 0 {
    try runSupportBenchmark(
        count: options.supportCases, folder: folder, seed: options.seed, reuse: options.reuse,
        parts: options.supportParts)
    exit(0)
}
let csvFolder = folder.appendingPathComponent("csv")
let databasePath = folder.appendingPathComponent("bench.sqlite").path
let cores = ProcessInfo.processInfo.activeProcessorCount
let rows: Int
if options.reuseDatabase {
    guard FileManager.default.fileExists(atPath: databasePath) else {
        fail("--reuse-database found no database at \(databasePath); run once without it first")
    }
    rows = 0
    print("tend-bench: the database \(databasePath), \(cores) cores")
} else if options.reuse {
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: databasePath + suffix)
    }
    rows = try reusedRowCount(csvFolder)
    print("tend-bench: the CSV files in \(csvFolder.path), \(rows) rows, \(cores) cores")
} else {
    print("tend-bench: \(options.accounts) accounts, seed \(options.seed), \(cores) cores")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: csvFolder, withIntermediateDirectories: true)
    let portfolio = DemoPortfolio(
        accounts: options.accounts, seed: options.seed, firstYear: options.lastYear - 4, lastYear: options.lastYear)
    let (counts, generateSeconds) = try measure { try portfolio.writeCSV(to: csvFolder) }
    rows = counts.values.reduce(0, +)
    report("generate CSV", generateSeconds, "\(rows) rows, \(counts[.cases] ?? 0) cases")
}

// Writing back the generated files would otherwise compete with the import for the disk.
sync()
let store = try SQLiteStore(path: databasePath)
let importer = Importer(store: store, options: ImportOptions(timeZone: TimeZone(identifier: "UTC")!, progress: nil))
if !options.reuseDatabase {
    let (_, importSeconds) = measure {
        do {
            return try importer.importPaths([csvFolder.path])
        } catch {
            fail("the import failed: \(error)")
        }
    }
    report("import", importSeconds, "\(Int(Double(rows) / importSeconds)) rows/s")
}

let year = options.lastYear
// Each step keeps only counts, so the peak memory reported is that of the step, not of the benchmark's own arrays.
do {
    let (facts, factsSeconds) = try measure { try store.accountYearFacts(year: year) }
    report("gather facts (SQL)", factsSeconds, "\(facts.count) accounts")
    let scorer = HealthScorer(catalogue: try store.catalogue(), importedKinds: try store.importedKinds())
    let (scoredCount, scoreSeconds) = measure { facts.reduce(0) { $0 + (scorer.score($1).status == nil ? 0 : 1) } }
    report(
        "score, engine on one core", scoreSeconds,
        "\(Int(Double(facts.count) / scoreSeconds)) accounts/s, \(scoredCount) scored")
}
let cpuBefore = cpuSeconds()
let (statuses, bookSeconds) = try measure {
    try ScoreBook.scores(store: store, year: year) { $0.score.status }
}
report(
    "score year from database", bookSeconds,
    "\(Int(Double(statuses.count) / bookSeconds)) accounts/s, all cores, "
        + String(format: "%.2f s of processor time", cpuSeconds() - cpuBefore))

let dashboard = Dashboard(store: store, logger: Logger(minimumLevel: .warning))
var configuration = HTTPServerConfiguration()
configuration.port = 0
let server = HTTPServer(configuration: configuration, logger: Logger(minimumLevel: .warning), handler: dashboard.handle)
try server.start()
let client = BenchHTTPClient(port: server.port)
let (firstStatus, firstSeconds) = measure { client.get("/?year=\(year)") }
report("first portfolio page (cold)", firstSeconds, "status \(firstStatus), scores two years into the cache")
let paths = [
    "/?year=\(year)", "/?year=\(year)&sort=score&order=desc&page=7", "/?year=\(year)&status=sick",
    "/?year=\(year)&sort=name&page=100", "/api/portfolio?year=\(year)&sort=change&order=desc",
]
var latencies: [Double] = []
for request in 0..<options.pageRequests {
    let (status, seconds) = measure { client.get(paths[request % paths.count]) }
    guard status == 200 else { fail("page request \(paths[request % paths.count]) returned status \(status)") }
    latencies.append(seconds)
}
latencies.sort()
if !latencies.isEmpty {
    let median = latencies[latencies.count / 2]
    let p90 = latencies[min(latencies.count - 1, latencies.count * 9 / 10)]
    report(
        "portfolio page (warm)", median,
        "median of \(latencies.count); p90 \(String(format: "%.1f", p90 * 1000)) ms, max \(String(format: "%.1f", latencies.last! * 1000)) ms"
    )
}
if options.shelfware {
    try runShelfwareBench(store: store, csvFolder: csvFolder, client: client)
}
server.stop()
print("peak resident memory: \(Int(peakMemoryMiB())) MiB")
