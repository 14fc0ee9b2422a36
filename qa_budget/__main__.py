"""Allow `python -m qa_budget`."""

from qa_budget.cli import main

main()
