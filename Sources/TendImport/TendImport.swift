// The TendImport module.
