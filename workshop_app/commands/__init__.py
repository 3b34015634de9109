"""One module per command (or group of commands) of the command line."""
