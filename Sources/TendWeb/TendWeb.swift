// The TendWeb module.
