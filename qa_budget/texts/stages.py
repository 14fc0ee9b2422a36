"""The lines a long command prints on stderr while it works: each stage while busy (with a
count where there is one) and when done (with its time)."""

from __future__ import annotations

STAGES: dict[str, dict[str, str]] = {
    "stage_read_busy": {"nl": "Invoer lezen", "en": "Reading inputs"},
    "stage_read_done": {"nl": "Invoer gelezen", "en": "Inputs read"},
    "stage_read_plans_busy": {"nl": "Plannen lezen", "en": "Reading plans"},
    "stage_read_plans_done": {"nl": "Plannen gelezen", "en": "Plans read"},
    "stage_compute_busy": {"nl": "Berekenen", "en": "Computing"},
    "stage_compute_done": {"nl": "Berekend", "en": "Computed"},
    "stage_overview_busy": {"nl": "Overzicht schrijven", "en": "Writing the overview"},
    "stage_overview_done": {"nl": "Overzicht geschreven", "en": "Overview written"},
    "stage_faculty_busy": {
        "nl": "Werkboeken voor de faculteitsbesturen schrijven",
        "en": "Writing the faculty-board workbooks",
    },
    "stage_faculty_done": {
        "nl": "Werkboeken voor de faculteitsbesturen geschreven",
        "en": "Faculty-board workbooks written",
    },
    "stage_write_busy": {"nl": "Uitvoer schrijven", "en": "Writing the outputs"},
    "stage_write_done": {"nl": "Uitvoer geschreven", "en": "Outputs written"},
    "stage_council_busy": {"nl": "Vergelijking schrijven", "en": "Writing the comparison"},
    "stage_council_done": {"nl": "Vergelijking geschreven", "en": "Comparison written"},
    "stage_seconds": {"nl": "{seconds} s", "en": "{seconds} s"},
}
