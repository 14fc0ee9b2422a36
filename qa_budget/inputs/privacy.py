"""Refusing person-level data: the students and indicators workbooks hold aggregates only.

The university council requires data at a sufficiently high level of aggregation, and the
EEA-student key is a nationality-derived indicator: qa-budget takes counts per unit, year and
tier, and indicator values per unit or for the university, never data about individual
persons. A workbook that looks person-level is refused whole, before its cells are parsed;
messages name columns and cells, never values.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from qa_budget.errors import Location, Msg, Problem, msg
from qa_budget.inputs.contracts import STUDENTS
from qa_budget.inputs.layout import cell_ref, col_letters
from qa_budget.inputs.shape import Grid, is_blank

HEADER_ROWS = 10  # rows of each sheet searched for person-level column headers
MAX_HEADER_LENGTH = 40  # longer cells are prose (instructions), not column headers
MIN_ROWS = 5  # a value pattern counts once a column has this many matching cells
SAME_KEY_ROWS = 3  # rows with count 1 for one unit, year and tier: one row per student

# Header vocabulary, matched on the whole header folded to lower-case letters and digits
# (text in brackets dropped), with the catalogue key of what it announces. Whole matches
# only: a matched cell is a generic column name, never a person's data, so it may be named in
# a message.
PERSON_HEADERS: tuple[tuple[str, str], ...] = (
    (r"stud(ent)?(nummer|nr|number|no|num|id|code)|snr|snummer|id", "msg_person_student_numbers"),
    (r"(student|priv|prive)?e?mail(adres|address)?", "msg_person_emails"),
    (
        r"geboorte(datum|dag|jaar|land|plaats)?|dateofbirth|birth(date|day|year)?|dob"
        r"|leeftijd|age",
        "msg_person_births",
    ),
    (
        r"nationaliteit(en)?|nationality|nationalities|landvanherkomst|herkomstland"
        r"|countryoforigin",
        "msg_person_nationalities",
    ),
    (r"bsn|burgerservicenummer|sofinummer|socialsecuritynumber", "msg_person_bsn"),
    (
        r"(student)?(naam|name)(student)?|voornamen|voornaam|achternaam|roepnaam|geboortenaam"
        r"|tussenvoegsel(s)?|voorletters|initialen|(first|last|sur|given|family|full)name"
        r"|volledigenaam",
        "msg_person_names",
    ),
    (
        r"(woon|huis|post|thuis)?adres|(home)?address|straat(naam)?|street|huisnummer"
        r"|housenumber|postcode|zipcode|postalcode|woonplaats|city",
        "msg_person_addresses",
    ),
    (
        r"telefoon(nummer)?|tel(nr)?|(mobile)?phone(number)?|mobiel(nummer)?|mobile|gsm",
        "msg_person_phones",
    ),
    (r"geslacht|gender|sex", "msg_person_gender"),
    (r"iban|rekeningnummer|bankrekening(nummer)?|bankaccount", "msg_person_bank"),
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_ID_TEXT = re.compile(r"^[A-Za-z]{0,2}[0-9]{6,10}$")


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def person_header(value: Any) -> Msg | None:
    """What kind of personal data a header cell announces, or None."""
    if not isinstance(value, str) or len(value.strip()) > MAX_HEADER_LENGTH:
        return None
    folded = _fold(re.sub(r"\(.*?\)|\[.*?\]", "", value))
    if not folded:
        return None
    key = next((key for pattern, key in PERSON_HEADERS if re.fullmatch(pattern, folded)), None)
    return msg(key) if key else None


def _looks_like_id(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_ID_TEXT.match(value.strip()))
    if isinstance(value, float | int) and not isinstance(value, bool):
        return float(value).is_integer() and 1_000_000 <= value < 10**10
    return False


def _column_kind(values: list[Any], numbers: bool = False) -> Msg | None:
    """What kind of personal data a column's values are, or None; `numbers`: the column is
    headed as one of measured numbers (large distinct numbers there are no identifiers)."""
    filled = [v for v in values if not is_blank(v)]
    if sum(isinstance(v, str) and bool(_EMAIL.match(v.strip())) for v in filled) >= 1:
        return msg("msg_person_emails")
    ids = [] if numbers else [v for v in filled if _looks_like_id(v)]
    if len(ids) >= MIN_ROWS and len(ids) >= 0.9 * len(filled) and len(set(ids)) == len(ids):
        return msg("msg_person_ids")
    dates = [v for v in filled if isinstance(v, dt.date | dt.datetime)]
    if len(dates) >= MIN_ROWS and len(set(dates)) >= 0.8 * len(dates):
        return msg("msg_person_dates")
    return None


def _scan_sheet(grid: Grid, at: Any, numbers: frozenset[str] = frozenset()) -> list[Problem]:
    problems: list[Problem] = []
    header = grid[0] if grid else []
    flagged: set[int] = set()
    for r, row in enumerate(grid[:HEADER_ROWS]):
        for c, value in enumerate(row):
            what = person_header(value)
            if what and c not in flagged:
                flagged.add(c)
                problems.append(
                    Problem(
                        at(cell_ref(r, c)),
                        msg("msg_person_header", header=str(value).strip(), what=what),
                    )
                )
    width = max((len(row) for row in grid), default=0)
    for c in range(width):
        if c in flagged:
            continue
        cells = [(r, row[c]) for r, row in enumerate(grid) if c < len(row)]
        measured = c < len(header) and _fold(str(header[c])) in numbers
        what = _column_kind([v for _, v in cells], measured)
        if what:
            first = next((r for r, v in cells if r > 0 and not is_blank(v)), 0)
            problems.append(
                Problem(
                    at(cell_ref(first, c)),
                    msg("msg_person_column", letters=col_letters(c), what=what),
                )
            )
    return problems


def _one_row_per_student(grid: Grid, at: Any) -> list[Problem]:
    """Many rows with count 1 for one unit, year and tier: a list of students, not counts."""
    if not grid:
        return []
    headers = {_fold(str(v)): c for c, v in enumerate(grid[0]) if isinstance(v, str)}
    cols = [headers.get(_fold(STUDENTS.column(k).header)) for k in ("unit", "year", "tier")]
    count_col = headers.get(_fold(STUDENTS.column("count").header))
    if cols[0] is None or cols[1] is None or count_col is None:
        return []

    def cell(row: list[Any], c: int | None) -> Any:
        v = row[c] if c is not None and c < len(row) else None
        return str(v).strip().casefold() if not is_blank(v) else None

    ones: dict[tuple[Any, ...], list[int]] = {}
    for r, row in enumerate(grid[1:], start=1):
        count = row[count_col] if count_col < len(row) else None
        if count in (1, "1"):
            ones.setdefault(tuple(cell(row, c) for c in cols), []).append(r)
    problems = []
    for rows in ones.values():
        if len(rows) >= SAME_KEY_ROWS:
            shown = ", ".join(str(r + 1) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
            problems.append(
                Problem(
                    at(msg("loc_row", n=rows[0] + 1)),
                    msg("msg_person_one_per_student", n=len(rows), rows=shown),
                )
            )
    return problems


STUDENTS_REFUSAL = msg("msg_person_refused_students")
INDICATORS_REFUSAL = msg("msg_person_refused_indicators")


def find_person_data(
    file: str,
    sheets: dict[str, Grid],
    refusal: Msg = STUDENTS_REFUSAL,
    number_headers: tuple[str, ...] = (),
) -> list[Problem]:
    """Problems for person-level data in a workbook's sheets, ending with the refusal; none
    when the workbook holds aggregates only. Columns headed by one of `number_headers` hold
    measured numbers: distinct large numbers there are not taken for identifiers."""
    numbers = frozenset(_fold(h) for h in number_headers)
    problems: list[Problem] = []
    for sheet, grid in sheets.items():

        def at(cell: str | Msg | None, sheet: str = sheet) -> Location:
            return Location(file, sheet, cell)

        problems += _scan_sheet(grid, at, numbers)
        if sheet == STUDENTS.sheet:
            problems += _one_row_per_student(grid, at)
    if problems:
        problems.append(Problem(Location(file), refusal))
    return problems
