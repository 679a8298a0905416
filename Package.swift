// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tend",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tend", targets: ["tend"]),
        .executable(name: "tend-bench", targets: ["tend-bench"]),
    ],
    targets: [
        // C libraries from Debian packages.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),

        // The domain: health score, records and rules, with no I/O.
        .target(name: "TendCore"),
        // The storage interface the rest of the program sees.
        .target(name: "TendStore", dependencies: ["TendCore"]),
        // The embedded SQLite implementation of the storage interface.
        .target(name: "TendSQLite", dependencies: ["TendCore", "TendStore", "CSQLite"]),
        // CSV and help-desk event log import, and the demo portfolio generator.
        .target(name: "TendImport", dependencies: ["TendCore", "TendStore"]),
        // The HTTP server on GNU libmicrohttpd.
        .target(name: "TendHTTP", dependencies: ["CMicroHTTPD"]),
        // Dashboard pages and the JSON API.
        .target(name: "TendWeb", dependencies: ["TendCore", "TendStore", "TendHTTP"]),
        // Command-line commands, kept in a library so tests can run them.
        .target(
            name: "TendCLI",
            dependencies: ["TendCore", "TendStore", "TendSQLite", "TendImport", "TendHTTP", "TendWeb"]
        ),
        .executableTarget(name: "tend", dependencies: ["TendCLI"]),
        .executableTarget(
            name: "tend-bench",
            dependencies: ["TendCore", "TendStore", "TendSQLite", "TendImport", "TendHTTP", "TendWeb"]
        ),
        // Helpers shared by the test targets: temporary folders and databases.
        .target(
            name: "TendTestSupport", dependencies: ["TendCore", "TendStore", "TendSQLite", "TendCLI"],
            path: "Tests/TendTestSupport"),

        .testTarget(name: "TendCoreTests", dependencies: ["TendCore"]),
        .testTarget(name: "TendSQLiteTests", dependencies: ["TendSQLite", "TendTestSupport"]),
        .testTarget(
            name: "TendImportTests", dependencies: ["TendImport", "TendSQLite", "TendTestSupport"],
            exclude: ["helpdesk_expected.py"]),
        .testTarget(name: "TendHTTPTests", dependencies: ["TendHTTP"]),
        .testTarget(name: "TendWebTests", dependencies: ["TendWeb", "TendImport", "TendSQLite", "TendTestSupport"]),
        .testTarget(
            name: "TendCLITests", dependencies: ["TendCLI", "TendTestSupport"], exclude: ["helpdesk_outage.py"]),
    ]
)
