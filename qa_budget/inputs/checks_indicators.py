"""The validation rules of indicators.xlsx: definitions, values in the form their indicator is
computed in and within its scale, reflections, and the common initiatives they name."""

from __future__ import annotations

import difflib
from decimal import Decimal
from fractions import Fraction
from typing import Any

import polars as pl

from qa_budget.errors import Location, Problem
from qa_budget.inputs.checks import check_unique
from qa_budget.inputs.contracts import INDICATOR_VALUES, INDICATORS

PARTS = ("value", "numerator", "denominator", "mean", "sd")
FORMS = {
    "waarde": "a value (Waarde)",
    "percentage": "a value (Waarde) or Teller and Noemer",
    "verhouding": "Teller and Noemer (or, when they are not known, the value in Waarde)",
    "schaal": "Gemiddelde, Standaarddeviatie and n",
}


def _at(r: dict[str, Any], key: str | None = None) -> Location:
    cell = r.get(f"{key}_cell") if key else None
    return Location(str(r["file"]), str(r["sheet"]), cell or f"row {r['row']}")


def _num(text: Any) -> Fraction | None:
    return None if text is None else Fraction(Decimal(str(text)))


def _shown(x: Fraction | int | None) -> str:
    """A number for a message: as typed when exact, else to three decimals."""
    x = Fraction(x or 0)
    if x.denominator == 1:
        return str(x.numerator)
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return f"{d:.3f}".rstrip("0").rstrip(".") if abs(d) < 10**12 else f"{d:.3g}"


def bounds(d: dict[str, Any]) -> tuple[Fraction | None, Fraction | None]:
    """The lowest and highest possible value of an indicator (a percentage: 0 and 100 unless
    narrower bounds are given)."""
    low, high = _num(d["minimum"]), _num(d["maximum"])
    if d["kind"] == "percentage":
        low = Fraction(0) if low is None else low
        high = Fraction(100) if high is None else high
    return low, high


def check_indicator_codes_unique(definitions: pl.DataFrame) -> list[Problem]:
    """Every indicator code appears once on Indicatoren."""
    return check_unique(
        definitions,
        ("code",),
        lambda r, first: f"indicator code '{r['code']}' already appears in row {first}",
        "code_cell",
        fold=True,
    )


def check_indicator_definitions(definitions: pl.DataFrame) -> list[Problem]:
    """A scale has both ends, the minimum lies below the maximum, the target within them."""
    problems = []
    for d in definitions.iter_rows(named=True):
        if d["kind"] == "schaal":
            for key, end in (("minimum", "lowest"), ("maximum", "highest")):
                if d[key] is None:
                    header = INDICATORS.column(key).header
                    problems.append(
                        Problem(
                            _at(d, key),
                            f"'{header}' is empty; indicator {d['code']} is measured on a scale "
                            f"(schaal): give the {end} point of the scale (e.g. 1 and 5)",
                        )
                    )
        low, high = bounds(d)
        if low is not None and high is not None and low >= high:
            problems.append(
                Problem(
                    _at(d, "maximum"),
                    f"the maximum {_shown(high)} of indicator {d['code']} is not above its "
                    f"minimum {_shown(low)}",
                )
            )
            continue
        target = _num(d["target"])
        if target is not None and not _within(target, low, high):
            problems.append(
                Problem(
                    _at(d, "target"),
                    f"the target {_shown(target)} of indicator {d['code']} lies outside "
                    f"{_range(low, high)}",
                )
            )
    return problems


def _within(x: Fraction, low: Fraction | None, high: Fraction | None) -> bool:
    return (low is None or x >= low) and (high is None or x <= high)


def _range(low: Fraction | None, high: Fraction | None) -> str:
    if low is not None and high is not None:
        return f"its range {_shown(low)}-{_shown(high)}"
    return f"its minimum {_shown(low)}" if low is not None else f"its maximum {_shown(high)}"


def check_values_known(values: pl.DataFrame, codes: pl.DataFrame) -> list[Problem]:
    """Every value belongs to an indicator on Indicatoren (`codes`: every code on the sheets,
    also on a row with an error of its own)."""
    known = set(codes.filter(pl.col("sheet") == INDICATORS.sheet)["code"].to_list())
    return [
        Problem(
            _at(r, "code"),
            f"indicator '{r['code']}' is not on the sheet Indicatoren; define it there or "
            "correct the code",
        )
        for r in values.iter_rows(named=True)
        if r["code"] not in known
    ]


def check_units_known(frame: pl.DataFrame, units: pl.DataFrame) -> list[Problem]:
    """Every unit named is in units.xlsx (an empty cell: the university as a whole)."""
    known = set(units["code"].to_list())
    return [
        Problem(
            _at(r, "unit"),
            f"unit '{r['unit']}' is not in units.xlsx; correct the code, or leave the cell "
            "empty for the university as a whole",
        )
        for r in frame.iter_rows(named=True)
        if r["unit"] is not None and r["unit"] not in known
    ]


def check_values_unique(values: pl.DataFrame) -> list[Problem]:
    """One value per indicator, year and unit."""
    return check_unique(
        values,
        ("code", "year", "unit"),
        lambda r, first: (
            f"a second value of {r['code']} for {r['year']} "
            f"({r['unit'] or 'university'}); the first is in row {first}; keep one row"
        ),
        "code_cell",
    )


def _form_problems(r: dict[str, Any], d: dict[str, Any]) -> list[Problem]:
    """The parts a value row gives against the form its indicator is computed in."""
    kind, code = d["kind"], d["code"]
    given = {k for k in PARTS if r[k] is not None}
    need = {"waarde": {"value"}, "schaal": {"mean", "sd"}}.get(kind, set())
    allowed = {
        "waarde": {"value"},
        "percentage": {"value", "numerator", "denominator"},
        "verhouding": {"value", "numerator", "denominator"},
        "schaal": {"mean", "sd"},
    }[kind]
    out = []
    header = {c.key: c.header for c in INDICATOR_VALUES.columns}
    for key in sorted(given - allowed, key=PARTS.index):
        out.append(
            Problem(
                _at(r, key),
                f"'{header[key]}' is filled, but indicator {code} is computed as {kind}: it "
                f"takes {FORMS[kind]}; empty the cell or correct the code",
            )
        )
    for key in sorted(need - given, key=PARTS.index):
        out.append(
            Problem(
                _at(r, key),
                f"'{header[key]}' is empty; indicator {code} ({kind}) takes {FORMS[kind]}",
            )
        )
    if kind == "schaal" and r["n"] is None:
        out.append(
            Problem(
                _at(r, "n"),
                f"'{header['n']}' is empty; a mean score of indicator {code} needs the number "
                "of respondents, so that small groups can be suppressed",
            )
        )
    if kind in ("percentage", "verhouding"):
        parts = {"numerator", "denominator"} & given
        if len(parts) == 1:
            missing = ({"numerator", "denominator"} - parts).pop()
            out.append(
                Problem(
                    _at(r, missing),
                    f"'{header[missing]}' is empty while '{header[parts.pop()]}' is given; "
                    f"indicator {code} is computed as Teller / Noemer: give both (or neither, "
                    "and the value in Waarde)",
                )
            )
        elif parts and "value" in given:
            out.append(
                Problem(
                    _at(r, "value"),
                    f"both the value and Teller and Noemer are given for {code}; the value is "
                    "computed from Teller / Noemer: empty 'Waarde'",
                )
            )
        elif not parts and "value" not in given:
            out.append(Problem(_at(r, "value"), f"no value for {code}: give {FORMS[kind]}"))
    if d["initiative"] is not None and r["unit"] is not None:
        out.append(
            Problem(
                _at(r, "unit"),
                f"indicator {code} belongs to the common initiative '{d['initiative']}': its "
                "values are university-wide; empty the unit cell",
            )
        )
    return out


def _range_problems(r: dict[str, Any], d: dict[str, Any]) -> list[Problem]:
    """Parts below 0, a zero denominator, a value outside its scale or range."""
    out = []
    num, den = _num(r["numerator"]), _num(r["denominator"])
    for key, part in (("numerator", num), ("denominator", den)):
        if part is not None and part < 0:
            out.append(Problem(_at(r, key), f"expected 0 or more, got {_shown(part)}"))
    if den == 0:
        out.append(Problem(_at(r, "denominator"), "the denominator is 0; expected more than 0"))
    if out:
        return out
    low, high = bounds(d)
    code = d["code"]
    if d["kind"] == "schaal":
        mean, sd = _num(r["mean"]), _num(r["sd"])
        if mean is not None and not _within(mean, low, high):
            out.append(
                Problem(
                    _at(r, "mean"),
                    f"the mean {_shown(mean)} of {code} lies outside its scale "
                    f"{_shown(low or 0)}-{_shown(high or 0)}",
                )
            )
        if sd is not None and low is not None and high is not None:
            most = (high - low) / 2
            if not 0 <= sd <= most:
                out.append(
                    Problem(
                        _at(r, "sd"),
                        f"the standard deviation {_shown(sd)} of {code} is impossible on the "
                        f"scale {_shown(low)}-{_shown(high)}: it lies between 0 and {_shown(most)}",
                    )
                )
        return out
    if num is not None and den is not None:
        value = num / den * (100 if d["kind"] == "percentage" else 1)
        what = f"{'100 × ' if d['kind'] == 'percentage' else ''}{_shown(num)} / {_shown(den)}"
        what, key = f"{what} = {_shown(value)}", "numerator"
    elif r["value"] is not None:
        value = _num(r["value"]) or Fraction(0)
        what, key = f"the value {_shown(value)}", "value"
    else:
        return out
    if not _within(value, low, high):
        out.append(Problem(_at(r, key), f"{what} of {code} lies outside {_range(low, high)}"))
    return out


def check_value_forms(values: pl.DataFrame, definitions: pl.DataFrame) -> list[Problem]:
    """Each value in the form its indicator is computed in (a numerator has its denominator,
    a mean its standard deviation and n), and within the indicator's scale or range."""
    defs = {d["code"]: d for d in definitions.iter_rows(named=True)}
    problems = []
    for r in values.iter_rows(named=True):
        d = defs.get(r["code"])
        if d is None:
            continue
        found = _form_problems(r, d)
        problems += found or _range_problems(r, d)
    return problems


def check_definitions_have_values(definitions: pl.DataFrame, codes: pl.DataFrame) -> list[Problem]:
    """An indicator without any value (warning: the report shows it without values);
    `codes`: every code on the sheets, also on a row with an error of its own."""
    measured = set(codes.filter(pl.col("sheet") == INDICATOR_VALUES.sheet)["code"].to_list())
    return [
        Problem(
            _at(d, "code"),
            f"indicator {d['code']} has no values on the sheet Waarden; the report shows it "
            "without values",
            "warning",
        )
        for d in definitions.iter_rows(named=True)
        if d["code"] not in measured
    ]


def check_initiatives_known(frame: pl.DataFrame, central: pl.DataFrame) -> list[Problem]:
    """Every common initiative named is on funds.xlsx › Centraal."""
    known = sorted(set(central["initiative"].to_list()))
    problems = []
    for r in frame.iter_rows(named=True):
        name = r["initiative"]
        if name is None or name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        problems.append(
            Problem(
                _at(r, "initiative"),
                f"initiative '{name}' is not on funds.xlsx › Centraal{hint}; use the name "
                "given there",
            )
        )
    return problems


def check_initiatives_unique(initiatives: pl.DataFrame) -> list[Problem]:
    """One responsible unit per initiative."""
    return check_unique(
        initiatives,
        ("initiative",),
        lambda r, first: f"initiative '{r['initiative']}' already appears in row {first}",
        "initiative_cell",
    )


def check_reflections(reflections: pl.DataFrame) -> list[Problem]:
    """A reflection is of the university, a unit or a common initiative (not a unit and an
    initiative at once), and appears once per year and theme."""
    problems = [
        Problem(
            _at(r, "initiative"),
            "a reflection is of a unit or of a common initiative, not both; empty one of the "
            "two cells",
        )
        for r in reflections.iter_rows(named=True)
        if r["unit"] is not None and r["initiative"] is not None
    ]
    return problems + check_unique(
        reflections,
        ("year", "theme", "unit", "initiative"),
        lambda r, first: (
            f"a second reflection for {r['year']}, "
            + (f"theme {r['theme']}, " if r["theme"] is not None else "the year as a whole, ")
            + f"{r['initiative'] or r['unit'] or 'university'}; the first is in row {first}"
        ),
        "text_nl_cell",
    )
