// The TendCLI module.
