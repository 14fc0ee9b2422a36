"""The contracts of the plan round: the Planronde sheet of every plan, the columns that say who
decides on a pm amount and by when, and the four criteria of a common initiative."""

from __future__ import annotations

from qa_budget.inputs.sheet_contract import Column, SheetContract

DECISIONS = ("instemming", "advies", "nog niet")
"""The faculty council's decision on a plan: consent, advice, or not (yet) decided."""
DECISION_ALIASES = {"consent": "instemming", "advice": "advies", "not yet": "nog niet"}
STATUSES = ("concept", "ingediend", "vastgesteld")
"""A plan's status in the round: draft, submitted to the executive board, adopted."""
STATUS_ALIASES = {"draft": "concept", "submitted": "ingediend", "adopted": "vastgesteld"}
PM = "pm"
"""An amount that waits for a decision (pro memorie): shown and listed, never counted."""
PM_SPELLINGS = ("pm", "p.m.", "p.m", "pro memorie")

DECIDER = Column(
    "decider",
    "Besluit door",
    "text",
    required=False,
    width=18,
    help="With pm: who decides on the amount, e.g. CvB.",
    trailing=True,
)
DECIDE_BY = Column(
    "decide_by",
    "Besluit uiterlijk",
    "date",
    required=False,
    width=14,
    help="With pm: the date by which the decision is due, e.g. 2022-06-30.",
    trailing=True,
)
CRITERIA = (
    "it serves one of the six themes and demonstrably improves the quality of education",
    "it fits the faculties' plans and benefits students, directly or indirectly",
    "it adds to what faculties and the university already do",
    "it is efficient and effective, with the synergy of working together",
)
"""The four criteria for common (university-wide) initiatives (source, section 4.1)."""
CRITERIA_KEYS = ("criterion1", "criterion2", "criterion3", "criterion4")
CRITERIA_HEADERS = (
    "Criterium 1 thema",
    "Criterium 2 aansluiting",
    "Criterium 3 aanvullend",
    "Criterium 4 doelmatig",
)


PLAN_ROUND = SheetContract(
    file_key="plans",
    sheet="Planronde",
    purpose="The plan's place in the budget round: its version, when it was submitted, the "
    "faculty council's decision and the status. One row: the version in this workbook.",
    columns=(
        Column("version", "Versie", "text", width=10, help="The plan's version, e.g. 2."),
        Column(
            "submitted",
            "Ingediend op",
            "date",
            required=False,
            width=14,
            help="The date the plan was submitted to the executive board (empty: not yet).",
        ),
        Column(
            "decision",
            "Besluit faculteitsraad",
            "decision",
            width=22,
            help="instemming (consent), advies (advice) or nog niet (not yet).",
        ),
        Column(
            "decision_date",
            "Datum besluit",
            "date",
            required=False,
            width=14,
            help="The date of the faculty council's decision (with instemming or advies).",
        ),
        Column(
            "status",
            "Status",
            "plan_status",
            width=14,
            help="concept (draft), ingediend (submitted) or vastgesteld (adopted).",
        ),
        Column(
            "contact",
            "Contactpersoon",
            "text",
            required=False,
            width=30,
            help="Who answers questions about the plan (a role or a functional mailbox is enough).",
        ),
    ),
)
