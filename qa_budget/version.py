"""The version of qa-budget (one place; the package and run.json quote it)."""

__version__ = "0.1.0"
