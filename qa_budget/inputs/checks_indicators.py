"""The validation rules of indicators.xlsx: definitions, values in the form their indicator is
computed in and within its scale, reflections, and the common initiatives they name."""

from __future__ import annotations

import difflib
from decimal import Decimal
from fractions import Fraction
from typing import Any

import polars as pl

from qa_budget.errors import Location, Msg, Number, Problem, msg
from qa_budget.inputs.checks import check_unique
from qa_budget.inputs.contracts import INDICATOR_VALUES, INDICATORS

PARTS = ("value", "numerator", "denominator", "mean", "sd")
FORMS = {
    kind: msg(f"msg_ind_form_{kind}") for kind in ("waarde", "percentage", "verhouding", "schaal")
}


def _at(r: dict[str, Any], key: str | None = None) -> Location:
    cell = r.get(f"{key}_cell") if key else None
    return Location(str(r["file"]), str(r["sheet"]), cell or msg("loc_row", n=r["row"]))


def _num(text: Any) -> Fraction | None:
    return None if text is None else Fraction(Decimal(str(text)))


def _shown(x: Fraction | int | None) -> Number | str:
    """A number for a message: as typed when exact, else to three decimals."""
    x = Fraction(x or 0)
    if x.denominator == 1:
        return str(x.numerator)
    d = Decimal(x.numerator) / Decimal(x.denominator)
    return Number(d.quantize(Decimal("0.001")).normalize()) if abs(d) < 10**12 else f"{d:.3g}"


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
        lambda r, first: msg("msg_ind_code_twice", code=r["code"], first=first),
        "code_cell",
        fold=True,
    )


def check_indicator_definitions(definitions: pl.DataFrame) -> list[Problem]:
    """A scale has both ends, the minimum lies below the maximum, the target within them."""
    problems = []
    for d in definitions.iter_rows(named=True):
        if d["kind"] == "schaal":
            for key in ("minimum", "maximum"):
                if d[key] is None:
                    header = INDICATORS.column(key).header
                    problems.append(
                        Problem(
                            _at(d, key),
                            msg(f"msg_ind_scale_{key}", header=header, code=d["code"]),
                        )
                    )
        low, high = bounds(d)
        if low is not None and high is not None and low >= high:
            problems.append(
                Problem(
                    _at(d, "maximum"),
                    msg("msg_ind_max_min", high=_shown(high), code=d["code"], low=_shown(low)),
                )
            )
            continue
        target = _num(d["target"])
        if target is not None and not _within(target, low, high):
            problems.append(
                Problem(
                    _at(d, "target"),
                    msg(
                        "msg_ind_target",
                        target=_shown(target),
                        code=d["code"],
                        range=_range(low, high),
                    ),
                )
            )
    return problems


def _within(x: Fraction, low: Fraction | None, high: Fraction | None) -> bool:
    return (low is None or x >= low) and (high is None or x <= high)


def _range(low: Fraction | None, high: Fraction | None) -> Msg:
    if low is not None and high is not None:
        return msg("msg_ind_range", low=_shown(low), high=_shown(high))
    if low is not None:
        return msg("msg_ind_minimum", low=_shown(low))
    return msg("msg_ind_maximum", high=_shown(high))


def check_values_known(values: pl.DataFrame, codes: pl.DataFrame) -> list[Problem]:
    """Every value belongs to an indicator on Indicatoren (`codes`: every code on the sheets,
    also on a row with an error of its own)."""
    known = set(codes.filter(pl.col("sheet") == INDICATORS.sheet)["code"].to_list())
    return [
        Problem(
            _at(r, "code"),
            msg("msg_ind_unknown", code=r["code"]),
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
            msg("msg_ind_unit_unknown", unit=r["unit"]),
        )
        for r in frame.iter_rows(named=True)
        if r["unit"] is not None and r["unit"] not in known
    ]


def check_values_unique(values: pl.DataFrame) -> list[Problem]:
    """One value per indicator, year and unit."""
    return check_unique(
        values,
        ("code", "year", "unit"),
        lambda r, first: msg(
            "msg_ind_value_twice",
            code=r["code"],
            year=r["year"],
            unit=r["unit"] or msg("msg_ind_university"),
            first=first,
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
                msg("msg_ind_filled", header=header[key], code=code, kind=kind, form=FORMS[kind]),
            )
        )
    for key in sorted(need - given, key=PARTS.index):
        out.append(
            Problem(
                _at(r, key),
                msg("msg_ind_empty", header=header[key], code=code, kind=kind, form=FORMS[kind]),
            )
        )
    if kind == "schaal" and r["n"] is None:
        out.append(
            Problem(
                _at(r, "n"),
                msg("msg_ind_no_n", header=header["n"], code=code),
            )
        )
    if kind in ("percentage", "verhouding"):
        parts = {"numerator", "denominator"} & given
        if len(parts) == 1:
            missing = ({"numerator", "denominator"} - parts).pop()
            out.append(
                Problem(
                    _at(r, missing),
                    msg(
                        "msg_ind_half",
                        header=header[missing],
                        given=header[parts.pop()],
                        code=code,
                    ),
                )
            )
        elif parts and "value" in given:
            out.append(
                Problem(
                    _at(r, "value"),
                    msg("msg_ind_both", code=code),
                )
            )
        elif not parts and "value" not in given:
            out.append(
                Problem(_at(r, "value"), msg("msg_ind_no_value", code=code, form=FORMS[kind]))
            )
    if d["initiative"] is not None and r["unit"] is not None:
        out.append(
            Problem(
                _at(r, "unit"),
                msg("msg_ind_initiative_unit", code=code, initiative=d["initiative"]),
            )
        )
    return out


def _range_problems(r: dict[str, Any], d: dict[str, Any]) -> list[Problem]:
    """Parts below 0, a zero denominator, a value outside its scale or range."""
    out = []
    num, den = _num(r["numerator"]), _num(r["denominator"])
    for key, part in (("numerator", num), ("denominator", den)):
        if part is not None and part < 0:
            out.append(Problem(_at(r, key), msg("msg_ind_negative", value=_shown(part))))
    if den == 0:
        out.append(Problem(_at(r, "denominator"), msg("msg_ind_zero_denominator")))
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
                    msg(
                        "msg_ind_mean",
                        mean=_shown(mean),
                        code=code,
                        low=_shown(low or 0),
                        high=_shown(high or 0),
                    ),
                )
            )
        if sd is not None and low is not None and high is not None:
            most = (high - low) / 2
            if not 0 <= sd <= most:
                out.append(
                    Problem(
                        _at(r, "sd"),
                        msg(
                            "msg_ind_sd",
                            sd=_shown(sd),
                            code=code,
                            low=_shown(low),
                            high=_shown(high),
                            most=_shown(most),
                        ),
                    )
                )
        return out
    if num is not None and den is not None:
        value = num / den * (100 if d["kind"] == "percentage" else 1)
        times = "100 × " if d["kind"] == "percentage" else ""
        what: Msg | str = msg(
            "msg_ind_quotient", times=times, num=_shown(num), den=_shown(den), value=_shown(value)
        )
        key = "numerator"
    elif r["value"] is not None:
        value = _num(r["value"]) or Fraction(0)
        what, key = msg("msg_ind_the_value", value=_shown(value)), "value"
    else:
        return out
    if not _within(value, low, high):
        out.append(
            Problem(
                _at(r, key), msg("msg_ind_outside", what=what, code=code, range=_range(low, high))
            )
        )
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
            msg("msg_ind_no_values", code=d["code"]),
            "warning",
        )
        for d in definitions.iter_rows(named=True)
        if d["code"] not in measured
    ]


def check_initiatives_known(frame: pl.DataFrame, central: pl.DataFrame) -> list[Problem]:
    """Every common initiative named is on funds.xlsx › Centraal."""
    known = sorted(set(central["initiative"].drop_nulls().to_list()))
    problems = []
    for r in frame.iter_rows(named=True):
        name = r["initiative"]
        if name is None or name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = msg("msg_header_did_you_mean", header=close[0]) if close else ""
        problems.append(
            Problem(_at(r, "initiative"), msg("msg_ind_initiative", name=name, hint=hint))
        )
    return problems


def check_initiatives_unique(initiatives: pl.DataFrame) -> list[Problem]:
    """One responsible unit per initiative."""
    return check_unique(
        initiatives,
        ("initiative",),
        lambda r, first: msg("msg_ind_initiative_twice", name=r["initiative"], first=first),
        "initiative_cell",
    )


def check_reflections(reflections: pl.DataFrame) -> list[Problem]:
    """A reflection is of the university, a unit or a common initiative (not a unit and an
    initiative at once), and appears once per year and theme."""
    problems = [
        Problem(
            _at(r, "initiative"),
            msg("msg_ind_reflection_both"),
        )
        for r in reflections.iter_rows(named=True)
        if r["unit"] is not None and r["initiative"] is not None
    ]
    return problems + check_unique(
        reflections,
        ("year", "theme", "unit", "initiative"),
        lambda r, first: msg(
            "msg_ind_reflection_twice",
            year=r["year"],
            theme=msg("msg_ind_theme", theme=r["theme"])
            if r["theme"] is not None
            else msg("msg_ind_whole_year"),
            who=r["initiative"] or r["unit"] or msg("msg_ind_university"),
            first=first,
        ),
        "text_nl_cell",
    )
