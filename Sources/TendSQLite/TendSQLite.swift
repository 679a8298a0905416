// The TendSQLite module.
