import Foundation
import TendCore
import TendImport
import TendSQLite
import TendStore
import TendTestSupport
import Testing

/// Every support KPI of the real help-desk event log, per opening year and severity, against the figures that
/// `Tests/Scripts/helpdesk_kpis.py` computes from the raw log with Python's standard library alone.
@Suite("Help-desk support KPIs")
struct HelpdeskKPITests {
    /// One row of the script's output; durations are a count, a sum, twice the median and the 90th percentile,
    /// all in milliseconds.
    struct Expected: CustomStringConvertible {
        let values: [Int64]

        var year: Int { Int(values[0]) }
        var severity: Int { Int(values[1]) }
        var description: String { "\(year) severity \(severity)" }

        func duration(at index: Int) -> (count: Int, total: Int64, doubleMedian: Int64, percentile90: Int64) {
            (Int(values[index]), values[index + 1], values[index + 2], values[index + 3])
        }
    }

    static let expected: [Expected] = [
        [
            2010, 1, 35, 0, 5, 6, 35, 22_014_150_000, 629_134_000, 1_833_643_000, 35, 3_222_991_000, 3_440_000,
            359_890_000, 35, 115_520_191_000, 6_049_106_000, 4_233_850_000, 19, 16, 0, 12, 23, 0, 35, 0,
        ],
        [
            2010, 2, 414, 0, 20, 21, 414, 336_089_526_000, 814_151_000, 2_479_903_000, 414, 170_488_317_000,
            168_084_000, 1_215_626_000, 414, 1_370_717_730_000, 5_847_960_000, 4_326_922_000, 162, 252, 0, 147, 267, 0,
            414, 0,
        ],
        [
            2010, 3, 528, 2, 33, 36, 528, 593_847_016_000, 1_251_436_000, 2_875_181_000, 528, 299_262_618_000,
            183_698_000, 2_009_877_000, 526, 2_013_366_933_000, 7_604_029_000, 4_837_072_000, 221, 307, 0, 237, 291, 0,
            0, 0,
        ],
        [
            2011, 1, 97, 0, 8, 9, 97, 35_296_773_000, 25_428_000, 1_705_729_000, 88, 3_235_282_000, 105000, 57_978_000,
            97, 336_135_553_000, 6_049_226_000, 4_321_530_000, 67, 30, 0, 54, 43, 0, 97, 0,
        ],
        [
            2011, 2, 830, 0, 35, 36, 830, 544_668_044_000, 683_803_000, 1_816_202_000, 750, 121_391_959_000, 14_886_000,
            497_758_000, 830, 2_765_574_857_000, 6_002_756_000, 4_405_285_000, 400, 430, 0, 303, 527, 0, 830, 0,
        ],
        [
            2011, 3, 591, 0, 17, 19, 591, 540_098_670_000, 1_023_802_000, 2_346_609_000, 562, 170_253_016_000,
            47_124_000, 1_044_479_000, 591, 2_292_113_793_000, 7_603_876_000, 5_094_444_000, 288, 303, 0, 272, 319, 0,
            0, 0,
        ],
        [
            2012, 1, 61, 0, 0, 0, 61, 11_068_381_000, 6_076_000, 341_809_000, 55, 173_029_000, 44000, 6_658_000, 61,
            194_277_648_000, 6_034_450_000, 4_061_064_000, 47, 14, 0, 42, 19, 0, 61, 0,
        ],
        [
            2012, 2, 917, 1, 12, 12, 916, 590_420_674_000, 513_495_000, 1_872_564_000, 842, 128_595_298_000, 17_134_000,
            492_294_000, 916, 3_076_689_488_000, 6_392_568_000, 4_334_030_000, 450, 467, 0, 342, 575, 0, 917, 0,
        ],
        [
            2012, 3, 434, 1, 2, 2, 433, 443_235_298_000, 1_052_012_000, 2_775_299_000, 392, 95_730_498_000, 40_494_000,
            944_219_000, 433, 1_667_223_946_000, 7_603_726_000, 5_090_916_000, 200, 234, 0, 192, 242, 0, 0, 0,
        ],
        [
            2013, 1, 17, 1, 1, 1, 16, 32_667_062_000, 3_644_317_000, 3_534_350_000, 16, 1_627_203_000, 14_728_000,
            405_395_000, 16, 53_410_511_000, 6_229_154_000, 4_830_364_000, 7, 9, 0, 7, 10, 0, 17, 1,
        ],
        [
            2013, 2, 460, 10, 15, 16, 456, 936_620_507_000, 3_484_033_000, 3_202_417_000, 430, 319_568_266_000,
            1_353_916_000, 1_466_100_000, 450, 1_495_805_492_000, 6_060_083_000, 4_403_072_000, 84, 376, 0, 20, 440, 0,
            460, 0,
        ],
        [
            2013, 3, 196, 6, 3, 3, 192, 468_714_989_000, 4_638_903_000, 3_556_572_000, 172, 187_777_726_000,
            1_466_224_000, 2_768_188_000, 190, 706_005_338_000, 7_175_382_000, 4_839_869_000, 46, 150, 0, 16, 180, 0, 0,
            0,
        ],
    ].map(Expected.init)

    /// 2014-06-01T00:00 in Europe/Rome, the report time of the script.
    static let now = Timestamp(millisecondsSinceEpoch: 1_401_573_600_000, utcOffsetSeconds: 7200)

    static func startOfYear(_ year: Int) -> Timestamp {
        let rome = TimeZone(identifier: "Europe/Rome")!  // The IANA database ships with the toolchain.
        let days = Int64(Day.firstOfYear(year).daysSinceEpoch)
        let offset = Int64(rome.secondsFromGMT(for: Date(timeIntervalSince1970: Double(days * 86_400))))
        return Timestamp(millisecondsSinceEpoch: (days * 86_400 - offset) * 1000, utcOffsetSeconds: Int32(offset))
    }

    @Test(
        "every KPI per year and severity",
        .enabled(if: FileManager.default.fileExists(atPath: HelpdeskEventLogTests.logPath)))
    func kpisPerYearAndSeverity() throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path("tend.sqlite"))
        _ = try Importer(store: store).importEventLog(
            path: HelpdeskEventLogTests.logPath, mapping: HelpdeskEventLogTests.mapping)

        var groups: [String: (SupportKPIGroup, TargetShare)] = [:]
        for year in 2010...2014 {
            let period = try SupportPeriod(from: Self.startOfYear(year), to: Self.startOfYear(year + 1))
            let overview = try SupportBook.overview(store: store, period: period, grouping: .severity, now: Self.now)
            #expect(overview.policy == SLAPolicy.builtInDefault)
            for group in overview.report.groups {
                groups["\(year) \(group.key)"] = (group, overview.restoreTargets[group.key] ?? .empty)
            }
        }
        #expect(groups.count == Self.expected.count)

        for row in Self.expected {
            guard let (group, restore) = groups["\(row.year) severity \(row.severity)"] else {
                Issue.record("no group for \(row)")
                continue
            }
            #expect(group.caseCount == Int(row.values[2]), "\(row) cases")
            #expect(group.openCount == Int(row.values[3]), "\(row) open")
            #expect(group.reopenedCaseCount == Int(row.values[4]), "\(row) reopened")
            #expect(group.totalReopenings == Int(row.values[5]), "\(row) reopenings")
            for (name, statistics, index) in [
                ("mttr", group.mttr, 6), ("ttfc", group.ttfc, 10), ("aclt", group.aclt, 14),
            ] {
                let expected = row.duration(at: index)
                let hour: Int128 = 3_600_000
                #expect(statistics?.count ?? 0 == expected.count, "\(row) \(name) count")
                guard let statistics, expected.count > 0 else { continue }
                #expect(
                    statistics.mean == Rational(Int128(expected.total), Int128(expected.count) * hour),
                    "\(row) \(name) mean")
                #expect(statistics.median == Rational(Int128(expected.doubleMedian), 2 * hour), "\(row) \(name) median")
                #expect(statistics.percentile90 == Rational(Int128(expected.percentile90), hour), "\(row) \(name) p90")
            }
            let firstContact = group.firstContactTarget
            #expect(firstContact.met == Int(row.values[18]), "\(row) first contact met")
            #expect(firstContact.missed == Int(row.values[19]), "\(row) first contact missed")
            #expect(firstContact.pending == Int(row.values[20]), "\(row) first contact pending")
            #expect(restore.met == Int(row.values[21]), "\(row) restore met")
            #expect(restore.missed == Int(row.values[22]), "\(row) restore missed")
            #expect(restore.pending == Int(row.values[23]), "\(row) restore pending")
            #expect(group.rcaCoverage.done == 0, "\(row) rca done")
            #expect(group.rcaCoverage.notDone == 0, "\(row) rca not done")
            #expect(group.rcaCoverage.unknown == Int(row.values[24]), "\(row) rca unknown")
            #expect(group.anomalies.count == Int(row.values[25]), "\(row) anomalies")
        }
    }
}
