"""Writing outputs: the all-or-nothing output set, and the run record (run.json)."""
