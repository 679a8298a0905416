import Foundation

/// A small portfolio in Tend's CSV formats whose 2013 scores are worked out by hand in the comments below.
///
/// - Acme (A1): every measure in full, 30 of 30, score 10.0, Healthy. Its name needs HTML escaping.
/// - Borealis (A2): 9.5 of 30, score 3.2 (19/6), Sick.
/// - Cobalt (A3): customer since 2013-03-15, so no score for 2013.
/// - Delta (A4): 18 of 30, score 6.0, Infected; 24.5 of 30 in 2012, score 8.2 (49/6), Healthy.
public enum SamplePortfolio {
    public static let files: [String: String] = [
        "accounts.csv": """
        account_id,name,customer_since,segment,region,owner,reference_customer,knows_whom_to_contact,in_house_integrations
        A1,Acme <Corp> & Co,2010-01-01,Enterprise,EMEA,Dana Reyes,yes,yes,yes
        A2,Borealis,2011-06-01,Mid-Market,APAC,Eli Novak,no,yes,no
        A3,"Cobalt, Inc",2013-03-15,Commercial,EMEA,Dana Reyes,,,
        A4,Delta,2012-01-01,Enterprise,North America,Eli Novak,yes,no,yes

        """,
        "products.csv": """
        product,latest_major_version,released_on
        Ledger,5,2008-03-01
        Insight,1,2012-09-01
        Flow,1,2013-06-01

        """,
        "install_base.csv": """
        account_id,product,major_version,licences_owned,licences_in_use,unit_price
        A1,Ledger,5,10,10,100
        A1,Insight,1,5,5,200
        A1,Flow,1,2,2,50
        A2,Ledger,4,20,5,100
        A4,Ledger,5,10,10,100

        """,
        "integrations.csv": """
        account_id,integration,status
        A1,ERP,working
        A2,CRM,broken
        A2,ERP,working
        A4,ERP,degraded

        """,
        "enhancements.csv": """
        account_id,request_id,submitted_on,delivered_on
        A1,E1,2013-02-01,2013-05-01
        A2,E2,2013-03-01,
        A2,E3,2012-11-01,2013-01-15

        """,
        "participation.csv": """
        account_id,date,kind
        A1,2013-04-01,online
        A1,2013-09-01,event
        A2,2013-05-01,online
        A4,2012-05-01,event

        """,
        "programmes.csv": """
        account_id,programme,started_on,ended_on
        A1,Beta,2012-01-01,
        A4,Advisory board,2011-01-01,2012-12-31

        """,
        "sales.csv": """
        account_id,quarter,kind,planned,achieved
        A1,2013-Q1,licence,250,250
        A1,2013-Q2,licence,250,250
        A1,2013-Q3,licence,250,250
        A1,2013-Q4,licence,250,250
        A1,2013-Q2,services,100,100
        A2,2013-Q1,licence,1000,400
        A4,2013-Q4,licence,1000,1000
        A4,2014-Q1,licence,1000,0

        """,
        "upsells.csv": """
        account_id,date,kind,amount
        A1,2013-06-01,licence,500
        A4,2012-06-01,cloud,100

        """,
        "cases.csv": casesCSV,
    ]

    /// A1: 20 cases in 2013, one of severity 1 (5 %). A2: 4 cases, one of severity 1 (25 %). A4: one case in 2012.
    static var casesCSV: String {
        var text = "case_id,account_id,product,severity,opened_at,first_contact_at,restored_at,closed_at,rca_done\n"
        for number in 1...20 {
            let severity = number == 1 ? 1 : 3
            let day = String(format: "%02d", number)
            text += "C\(number),A1,Ledger,\(severity),2013-03-\(day)T09:00:00Z,2013-03-\(day)T09:30:00Z,"
            text += "2013-03-\(day)T15:00:00Z,2013-03-\(day)T17:00:00Z,\(severity == 1 ? "yes" : "")\n"
        }
        for number in 21...24 {
            text += "C\(number),A2,Ledger,\(number == 21 ? 1 : 2),2013-07-0\(number - 20)T10:00:00+02:00,,,,\n"
        }
        text += "C25,A4,Ledger,2,2012-12-31T23:30:00-05:00,,,,no\n"
        return text
    }

    /// Writes every file into `folder` and returns the folder's path.
    @discardableResult
    public static func write(into directory: TemporaryDirectory, subfolder: String = "sample") throws -> String {
        let folder = directory.url.appendingPathComponent(subfolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }
}
