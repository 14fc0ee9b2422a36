"""qa-budget: planning engine for the quality-agreement funds (kwaliteitsafspraken)."""

__version__ = "0.1.0"
