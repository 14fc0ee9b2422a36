"""Helpers every audience shares: sheets and formats, page setup, method in words,
provenance, and the monitoring section of the board and council workbooks."""
