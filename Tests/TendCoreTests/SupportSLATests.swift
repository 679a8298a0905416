import Foundation
import Testing

@testable import TendCore

@Suite("SLA policy")
struct SupportSLATests {
    typealias F = SupportFixtures

    /// Severity 1 in calendar hours (1 h first contact, 4 h restore), severity 2 in Rome office hours (2 h and 8 h),
    /// severities 3 and 4 in calendar hours with a half-hour first contact target for severity 4.
    static func policy(pausesOnWait: Bool) -> SLAPolicy {
        let office = SLAClock.businessHours(F.romeOffice())
        func target(_ hours: Rational, _ clock: SLAClock = .calendarHours) -> SLATarget {
            try! SLATarget(hours: hours, clock: clock)  // Every literal target here is positive.
        }
        let targets: [Int: SLASeverityTargets] = [
            1: SLASeverityTargets(firstContact: target(Rational(1)), restore: target(Rational(4))),
            2: SLASeverityTargets(firstContact: target(Rational(2), office), restore: target(Rational(8), office)),
            3: SLASeverityTargets(firstContact: target(Rational(4)), restore: target(Rational(24))),
            4: SLASeverityTargets(firstContact: target(Rational(1, 2)), restore: target(Rational(72))),
        ]
        // The targets cover severities 1 to 4, so the policy is valid.
        return try! SLAPolicy(name: "Standard", targetsBySeverity: targets, pausesOnWait: pausesOnWait)
    }

    let policy = SupportSLATests.policy(pausesOnWait: true)
    let opened = F.time(2013, 4, 8, 10, offsetHours: 2)
    let late = F.time(2013, 6, 1, 0)

    func plus(_ timestamp: Timestamp, milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: timestamp.millisecondsSinceEpoch + milliseconds, utcOffsetSeconds: 0)
    }

    @Test("meets a target reached exactly at the limit")
    func boundary() throws {
        let onTime = F.supportCase(
            "C1", severity: 1, opened: opened, firstContact: plus(opened, milliseconds: 3_600_000))
        let onTimeStatus = try policy.evaluate(onTime, now: late).firstContact
        #expect(onTimeStatus.elapsedMilliseconds == 3_600_000)
        #expect(onTimeStatus.reached)
        #expect(onTimeStatus.met == true)

        let lateCase = F.supportCase(
            "C2", severity: 1, opened: opened, firstContact: plus(opened, milliseconds: 3_600_001))
        let lateStatus = try policy.evaluate(lateCase, now: late).firstContact
        #expect(lateStatus.elapsedMilliseconds == 3_600_001)
        #expect(lateStatus.met == false)
    }

    @Test("decides a fractional target exactly")
    func fractionalTarget() throws {
        let thirtyMinutes = F.supportCase(
            "C1", severity: 4, opened: opened, firstContact: plus(opened, milliseconds: 1_800_000))
        #expect(try policy.evaluate(thirtyMinutes, now: late).firstContact.met == true)
        let overThirty = F.supportCase(
            "C2", severity: 4, opened: opened, firstContact: plus(opened, milliseconds: 1_800_001))
        #expect(try policy.evaluate(overThirty, now: late).firstContact.met == false)
    }

    @Test("leaves a pending milestone undecided until it is over target")
    func pending() throws {
        let open = F.supportCase("C1", severity: 1, opened: opened)
        let early = try policy.evaluate(open, now: plus(opened, milliseconds: 1_800_000))
        #expect(early.firstContact.met == nil)
        #expect(early.firstContact.reached == false)
        #expect(early.firstContact.elapsedMilliseconds == 1_800_000)
        #expect(early.restore.met == nil)

        let atLimit = try policy.evaluate(open, now: plus(opened, milliseconds: 3_600_000))
        #expect(atLimit.firstContact.met == nil)

        let over = try policy.evaluate(open, now: plus(opened, milliseconds: 3_600_001))
        #expect(over.firstContact.met == false)
        #expect(over.restore.met == nil)
        #expect(over.restore.elapsedHours == Rational(3_600_001, 3_600_000))
    }

    @Test("stops a pending clock at the close")
    func closedWithoutMilestone() throws {
        let closed = F.supportCase("C1", severity: 1, opened: opened, closed: plus(opened, milliseconds: 10_800_000))
        let evaluation = try policy.evaluate(closed, now: late)
        #expect(evaluation.firstContact.elapsedMilliseconds == 10_800_000)
        #expect(evaluation.firstContact.met == false)
        #expect(evaluation.restore.elapsedMilliseconds == 10_800_000)
        #expect(evaluation.restore.met == nil)
    }

    @Test("counts business hours for a business-hours target")
    func businessHours() throws {
        // Opened Friday 17:00 in Rome, first contact Monday 10:00: 1 hour Friday and 1 hour Monday.
        let friday = F.time(2013, 4, 5, 17, offsetHours: 2)
        let supportCase = F.supportCase(
            "C1", severity: 2, opened: friday, firstContact: F.time(2013, 4, 8, 10, offsetHours: 2))
        let evaluation = try policy.evaluate(supportCase, now: F.time(2013, 4, 8, 17, offsetHours: 2))
        #expect(evaluation.firstContact.elapsedMilliseconds == F.hours(2))
        #expect(evaluation.firstContact.met == true)
        // Restore is still pending on Monday at 17:00: 1 hour Friday and 8 hours Monday, over the 8-hour target.
        #expect(evaluation.restore.elapsedMilliseconds == F.hours(9))
        #expect(evaluation.restore.reached == false)
        #expect(evaluation.restore.met == false)
    }

    @Test("pauses the restore clock during customer waits")
    func pauses() throws {
        // Opened 10:00, restored 15:30; waits 09:00-10:30 and 11:00-12:00 overlapping 11:30-13:00.
        let supportCase = F.supportCase(
            "C1", severity: 1, opened: opened, firstContact: F.time(2013, 4, 8, 10, 30, offsetHours: 2),
            restored: F.time(2013, 4, 8, 15, 30, offsetHours: 2))
        let waits: [(start: Timestamp, end: Timestamp?)] = [
            (F.time(2013, 4, 8, 11, 30, offsetHours: 2), F.time(2013, 4, 8, 13, offsetHours: 2)),
            (F.time(2013, 4, 8, 9, offsetHours: 2), F.time(2013, 4, 8, 10, 30, offsetHours: 2)),
            (F.time(2013, 4, 8, 11, offsetHours: 2), F.time(2013, 4, 8, 12, offsetHours: 2)),
        ]
        let paused = try policy.evaluate(supportCase, waits: waits, now: late)
        // 5.5 hours less 0.5 hour before 10:30 and 2 hours from 11:00 to 13:00.
        #expect(paused.restore.elapsedMilliseconds == F.hours(3))
        #expect(paused.restore.met == true)
        // The first contact clock never pauses.
        #expect(paused.firstContact.elapsedMilliseconds == 1_800_000)

        let running = try SupportSLATests.policy(pausesOnWait: false).evaluate(supportCase, waits: waits, now: late)
        #expect(running.restore.elapsedMilliseconds == F.hours(5) + 1_800_000)
        #expect(running.restore.met == false)
    }

    @Test("pauses until the evaluation time during an open wait")
    func openWait() throws {
        let supportCase = F.supportCase("C1", severity: 1, opened: opened)
        let waits: [(start: Timestamp, end: Timestamp?)] = [(F.time(2013, 4, 8, 12, offsetHours: 2), nil)]
        let evaluation = try policy.evaluate(supportCase, waits: waits, now: F.time(2013, 4, 8, 20, offsetHours: 2))
        #expect(evaluation.restore.elapsedMilliseconds == F.hours(2))
        #expect(evaluation.restore.met == nil)
        #expect(evaluation.firstContact.elapsedMilliseconds == F.hours(10))
        #expect(evaluation.firstContact.met == false)
    }

    @Test("rejects a severity outside 1 to 4")
    func severityOutOfRange() {
        let supportCase = F.supportCase("C9", severity: 5, opened: opened)
        let error = #expect(throws: SupportMetricsError.self) { try policy.evaluate(supportCase, now: late) }
        #expect(error?.code == .severityOutOfRange)
    }

    @Test("rejects a milestone before the opening")
    func outOfOrder() {
        let supportCase = F.supportCase("C1", severity: 1, opened: opened, restored: plus(opened, milliseconds: -1))
        let error = #expect(throws: SupportMetricsError.self) { try policy.evaluate(supportCase, now: late) }
        #expect(error?.code == .timestampsOutOfOrder)
    }

    @Test("rejects a wait that ends before it starts")
    func reversedWait() {
        let supportCase = F.supportCase("C1", severity: 1, opened: opened)
        let waits: [(start: Timestamp, end: Timestamp?)] = [
            (plus(opened, milliseconds: 10), plus(opened, milliseconds: 5))
        ]
        let error = #expect(throws: SupportMetricsError.self) {
            try policy.evaluate(supportCase, waits: waits, now: late)
        }
        #expect(error?.code == .invalidWaitInterval)
    }

    @Test("rejects a policy without every severity")
    func missingSeverity() throws {
        let target = try SLATarget(hours: Rational(1))
        let targets = SLASeverityTargets(firstContact: target, restore: target)
        let error = #expect(throws: SupportMetricsError.self) {
            try SLAPolicy(
                name: "Partial", targetsBySeverity: [1: targets, 2: targets, 3: targets], pausesOnWait: false)
        }
        #expect(error?.code == .missingSeverityTarget)
        let extra = #expect(throws: SupportMetricsError.self) {
            try SLAPolicy(
                name: "Extra", targetsBySeverity: [0: targets, 1: targets, 2: targets, 3: targets, 4: targets],
                pausesOnWait: false)
        }
        #expect(extra?.code == .missingSeverityTarget)
    }

    @Test("rejects a target that is not positive")
    func invalidTarget() {
        let zero = #expect(throws: SupportMetricsError.self) { try SLATarget(hours: .zero) }
        #expect(zero?.code == .invalidTarget)
        let negative = #expect(throws: SupportMetricsError.self) { try SLATarget(hours: Rational(-1, 2)) }
        #expect(negative?.code == .invalidTarget)
    }
}
