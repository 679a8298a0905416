import Foundation

/// Small support data sets whose KPIs are worked out by hand in the comments of the tests that use them.
public enum SupportSample {
    public static let accountsCSV = """
        account_id,name,customer_since
        A1,Acme,2010-01-01
        A2,Beta,2011-01-01

        """

    /// Four cases opened in March 2013 and one in April, in UTC.
    ///
    /// C1 severity 1: contact after 0.5 h, restore after 2 h, close after 24 h, RCA done.
    /// C2 severity 2: contact after 4 h and restore after 24 h, both exactly on the built-in targets; close after
    /// 48 h, no RCA. C3 severity 3: contact after 10 h, still open. C4 severity 3: first contact an hour before the
    /// opening, restore after 6 h, close after 24 h. C5 severity 2: opened in April.
    public static let casesCSV = """
        case_id,account_id,product,severity,opened_at,first_contact_at,restored_at,closed_at,rca_done
        C1,A1,Ledger,1,2013-03-04T10:00:00Z,2013-03-04T10:30:00Z,2013-03-04T12:00:00Z,2013-03-05T10:00:00Z,yes
        C2,A1,Ledger,2,2013-03-06T09:00:00Z,2013-03-06T13:00:00Z,2013-03-07T09:00:00Z,2013-03-08T09:00:00Z,no
        C3,A2,Portal,3,2013-03-11T08:00:00Z,2013-03-11T18:00:00Z,,,
        C4,A2,Portal,3,2013-03-12T08:00:00Z,2013-03-12T07:00:00Z,2013-03-12T14:00:00Z,2013-03-13T08:00:00Z,
        C5,A1,Ledger,2,2013-04-02T08:00:00Z,,,,

        """

    /// An event log of two cases in UTC. E1 waits from 10:00 to 12:00 and from 13:00 to its close at 15:00; E2 waits
    /// from 09:00 with no later event.
    public static let eventLogCSV = """
        case,activity,time,customer,severity
        E1,Open,2013-03-04 08:00:00,A1,high
        E1,Contact,2013-03-04 09:00:00,A1,high
        E1,Wait,2013-03-04 10:00:00,A1,high
        E1,Work,2013-03-04 12:00:00,A1,high
        E1,Wait,2013-03-04 13:00:00,A1,high
        E1,Close,2013-03-04 15:00:00,A1,high
        E2,Open,2013-03-05 08:00:00,A2,low
        E2,Wait,2013-03-05 09:00:00,A2,low

        """

    public static let eventLogMappingJSON = """
        {
          "columns": {"case_id": "case", "activity": "activity", "timestamp": "time", "account_id": "customer",
                      "severity": "severity"},
          "timestamp_format": "yyyy-MM-dd HH:mm:ss",
          "time_zone": "UTC",
          "activities": {"first_contact": ["Contact"], "restore": ["Close"], "close": ["Close"], "wait": ["Wait"]},
          "severity_values": {"high": 1, "low": 4}
        }
        """

    /// A Monday-to-Friday calendar in Europe/Rome and a policy counting severities 2 to 4 on it.
    public static let slaJSON = """
        {
          "calendars": [
            {"name": "rome-office", "time_zone": "Europe/Rome",
             "opening_hours": {"monday": ["09:00-13:00", "14:00-18:00"], "tuesday": ["09:00-18:00"],
                               "wednesday": ["09:00-18:00"], "thursday": ["09:00-18:00"], "friday": ["09:00-18:00"]},
             "holidays": ["2013-12-25", "2014-01-01"]}
          ],
          "policies": [
            {"name": "default", "pauses_on_wait": false,
             "targets": [
               {"severity": 1, "first_contact_hours": "0.5", "restore_hours": "4"},
               {"severity": 2, "first_contact_hours": "1/3", "restore_hours": "16", "calendar": "rome-office"},
               {"severity": 3, "first_contact_hours": "8", "restore_hours": "40", "calendar": "rome-office"},
               {"severity": 4, "first_contact_hours": "16", "restore_hours": "80", "restore_calendar": "rome-office"}]}
          ]
        }
        """

}
