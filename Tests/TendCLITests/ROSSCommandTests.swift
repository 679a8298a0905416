import Foundation
import TendCLI
import TendTestSupport
import Testing

@Suite("tend ross")
struct ROSSCommandTests {
    /// March has C1, severity 1, restored 2 h after opening; April has no severity 1 case. So the downtime saving
    /// is 2 h × 1000, the sales growth 2500, the labour saving 10 h × 50: a return of 5000 on a price of 2500.
    static let flags = [
        "ross", "--service-start", "2013-04-01", "--months", "1", "--cost-per-downtime-hour", "1000",
        "--sales-before", "10000", "--sales-after", "12500", "--man-hours-saved", "10", "--man-hour-rate", "50",
        "--price", "2500",
    ]

    @Test("flags give the hand-worked return")
    func fromFlags() throws {
        let tend = try SupportCommandTests.sample()
        #expect(tend.run(Self.flags) == 0)
        #expect(
            tend.output == """
                Downtime before:    2.00 h from 1 severity 1 cases opened 2013-03-01T00:00:00Z to 2013-04-01T00:00:00Z
                Downtime after:     0.00 h from 0 severity 1 cases opened 2013-04-01T00:00:00Z to 2013-05-01T00:00:00Z
                Downtime saving:    2000.00
                Sales growth:       2500.00
                Labour saving:      500.00
                Return value:       5000.00
                Price:              2500.00
                ROSS:               2.0000
                Payback:            0.50 months

                """)
    }

    /// Given downtime of 1.5 h before and 3 h after costs 1500 more; 2500 + 500 − 1500 = 1500 over 3 months.
    @Test("input file with flags overriding it")
    func fromFile() throws {
        let tend = try SupportCommandTests.sample()
        let input = try tend.directory.write(
            "ross.json",
            """
            {"service_start": "2013-04-01", "months": 3, "cost_per_downtime_hour": 1000, "sales_before": "10000",
             "sales_after": 12500, "man_hours_saved": 10, "man_hour_rate": 50, "price": 9999,
             "downtime_hours_before": "1.5", "downtime_hours_after": 3}
            """
        ).path
        let document = try #require(
            try tend.json(["ross", "--input", input, "--price", "3000", "--format", "json"]) as? [String: Any])
        #expect(document["downtime_saving"] as? String == "-1500.00")
        #expect(document["return_value"] as? String == "1500.00")
        #expect(document["price"] as? String == "3000.00")
        #expect(document["ross"] as? String == "0.5000")
        #expect(document["ross_exact"] as? String == "1/2")
        #expect(document["payback_months"] as? String == "6.00")
    }

    @Test("a negative return never pays back")
    func neverPaysBack() throws {
        let tend = try SupportCommandTests.sample()
        let flags = Self.flags.map { $0 == "12500" ? "1000" : $0 }
        #expect(tend.run(flags) == 0)
        #expect(tend.output.contains("Return value:       -6500.00\n"))
        #expect(tend.output.contains("Payback:            never (the return is not positive)\n"))
    }

    @Test("periods outside the calendar are rejected")
    func periodOutsideCalendar() throws {
        let tend = try SupportCommandTests.sample()
        let flags = Self.flags.map { $0 == "2013-04-01" ? "0001-03-01" : ($0 == "1" ? "6" : $0) }
        #expect(tend.run(flags) == 2)
        #expect(
            tend.error.contains(
                "invalid --service-start \"0001-03-01\"; expected a date at least 6 months after 0001-01-01"))
    }

    @Test("a JSON boolean is not a number")
    func booleanInput() throws {
        let tend = try SupportCommandTests.sample()
        let file = try tend.directory.write(
            "ross.json",
            #"{"service_start": "2013-04-01", "months": true, "cost_per_downtime_hour": "1", "sales_before": "0", "#
                + #""sales_after": "0", "man_hours_saved": "1", "man_hour_rate": "1", "price": "1"}"#)
        #expect(tend.run(["ross", "--input", file.path]) == 1)
        #expect(tend.error.contains("\(file.path): key \"months\" is neither text nor a number"))
    }

    @Test("the largest amounts compute without overflow")
    func largestAmounts() throws {
        let tend = try SupportCommandTests.sample()
        let largest = "899999999999.9999"
        let flags = [
            "ross", "--service-start", "2013-04-01", "--months", "1", "--cost-per-downtime-hour", "0.0001",
            "--sales-before", "0", "--sales-after", "0", "--man-hours-saved", largest, "--man-hour-rate", largest,
            "--price", "1",
        ]
        #expect(tend.run(flags) == 0)
        // 899,999,999,999.9999² = 809,999,999,999,999,820,000,000.00000001, shown with two decimals.
        #expect(tend.output.contains("Labour saving:      809999999999999820000000.00\n"))
    }

    @Test("missing and invalid values")
    func invalidValues() throws {
        let tend = try SupportCommandTests.sample()
        #expect(tend.run(Array(Self.flags.dropLast(2))) == 2)
        #expect(tend.error.hasPrefix("tend ross: missing --price; expected an amount with up to 4 decimals"))
        #expect(tend.run(Self.flags.map { $0 == "2500" ? "0" : $0 }) == 1)
        #expect(tend.error == "tend ross: error: invalid service price 0.00; expected a positive amount\n")
        #expect(tend.run(Self.flags.map { $0 == "2013-04-01" ? "April" : $0 }) == 2)
        #expect(tend.error.hasPrefix("tend ross: invalid --service-start \"April\"; expected a date as YYYY-MM-DD"))

        let input = try tend.directory.write("bad.json", #"{"months": "many"}"#).path
        #expect(tend.run(["ross", "--input", input, "--service-start", "2013-04-01"]) == 1)
        #expect(tend.error.contains("bad.json: invalid months \"many\"; expected a whole number of months"))
    }
}
