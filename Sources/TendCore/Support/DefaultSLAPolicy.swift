extension SLAPolicy {
    /// The policy reports use when the database defines none: calendar hours, waits pause the restore clock.
    ///
    /// First contact within 1, 4, 8 and 24 hours and restore within 4, 24, 72 and 168 hours for severities 1 to 4.
    public static let builtInDefault: SLAPolicy = {
        let hours: [Int: (firstContact: Int, restore: Int)] = [1: (1, 4), 2: (4, 24), 3: (8, 72), 4: (24, 168)]
        var targets: [Int: SLASeverityTargets] = [:]
        for (severity, limits) in hours {
            // Both limits are positive whole hours, so neither initializer can throw.
            targets[severity] = SLASeverityTargets(
                firstContact: try! SLATarget(hours: Rational(limits.firstContact)),
                restore: try! SLATarget(hours: Rational(limits.restore)))
        }
        return try! SLAPolicy(name: "built-in default", targetsBySeverity: targets, pausesOnWait: true)  // 1 to 4 set.
    }()
}
