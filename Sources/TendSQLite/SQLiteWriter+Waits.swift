import TendCore
import TendStore

extension SQLiteWriter: CaseWaitWriter {
    func replaceWaits(caseID: String, with waits: [CaseWait]) throws {
        try connection.withStatement("DELETE FROM case_waits WHERE case_id = ?1") { statement in
            try statement.bind(caseID, at: 1)
            try statement.run()
        }
        let sql = """
            INSERT INTO case_waits (case_id, position, started_at, started_at_offset, ended_at, ended_at_offset)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """
        for (position, wait) in waits.enumerated() {
            try connection.withStatement(sql) { statement in
                try statement.bind(caseID, at: 1)
                try statement.bind(position, at: 2)
                try statement.bind(wait.start, at: 3)
                try statement.bind(wait.end, at: 5)
                try statement.run()
            }
        }
    }
}
