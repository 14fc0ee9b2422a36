"""Indicators per theme and the yearly progress report: pure computations on checked inputs.

`compute.compute_indicators` turns indicators.xlsx (checked) into exact figures, the parts of
computed ones kept and values of small groups suppressed; `progress.build_progress` puts them
beside the budget and realised spending of a year for the progress report. `text` formats
figures for either language.
"""
