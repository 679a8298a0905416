// The TendHTTP module.
