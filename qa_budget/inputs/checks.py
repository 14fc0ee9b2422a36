"""The validation rules: one small check per rule, each naming the offending rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal
from fractions import Fraction
from typing import Any

import polars as pl

from qa_budget.errors import Location, Money, Msg, Number, Problem, msg
from qa_budget.texts import years_text


def _loc(row: dict[str, Any], column: str | None = None) -> Location:
    """The row's location; `column` is a column letter, or a whole cell reference."""
    cell: str | Msg
    if column and column[-1].isdigit():
        cell = column
    else:
        cell = f"{column}{row['row']}" if column else msg("loc_row", n=row["row"])
    return Location(str(row["file"]), str(row["sheet"]), cell)


def _rows(frame: pl.DataFrame) -> Iterable[dict[str, Any]]:
    return frame.iter_rows(named=True)


def check_unique(
    frame: pl.DataFrame,
    keys: tuple[str, ...],
    message: Callable[[dict[str, Any], int], Msg | str],
    cell: str | None = None,
    fold: bool = False,
) -> list[Problem]:
    """One row per key: an error for every row that repeats an earlier row's key.

    `message(row, first_row_number)` says what is repeated; `cell` names the column letter
    (or the row's `<cell>` field) to point at; `fold` compares text keys case-insensitively.
    """
    if frame.is_empty():
        return []
    parts = [
        pl.col(k).str.to_lowercase().alias(f"_k{i}")
        if fold and frame.schema[k] == pl.String
        else pl.col(k).alias(f"_k{i}")
        for i, k in enumerate(keys)
    ]
    group = [f"_k{i}" for i in range(len(keys))]
    repeats = (
        frame.with_columns(parts)
        .with_columns(
            pl.col("row").first().over(group).alias("_first"),
            pl.int_range(pl.len()).over(group).alias("_nth"),
        )
        .filter(pl.col("_nth") > 0)
    )
    problems = []
    for r in _rows(repeats):
        where = r[cell] if cell and cell in r else cell
        problems.append(Problem(_loc(r, where) if where else _loc(r), message(r, int(r["_first"]))))
    return problems


def check_unit_codes_unique(units: pl.DataFrame) -> list[Problem]:
    """Every unit code appears once in units.xlsx."""
    return check_unique(
        units,
        ("code",),
        lambda r, first: msg("msg_chk_code_twice", code=r["code"], first=first),
        "A",
        fold=True,
    )


def check_units_present(units: pl.DataFrame, file: str) -> list[Problem]:
    """units.xlsx names at least one unit: without units there is nothing to allocate, and a
    run would hand out nothing while every identity still held."""
    if units.height:
        return []
    return [Problem(Location(file, "Eenheden", "A2"), msg("msg_chk_no_units"))]


def check_student_units_known(students: pl.DataFrame, units: pl.DataFrame) -> list[Problem]:
    """Every unit in students.xlsx is in units.xlsx."""
    known = set(units["code"].to_list())
    return [
        Problem(
            _loc(r, "A"),
            msg("msg_chk_unit_unknown", unit=r["unit"]),
        )
        for r in _rows(students)
        if r["unit"] not in known
    ]


def check_student_rows_unique(students: pl.DataFrame) -> list[Problem]:
    """One count per unit, year and tier."""
    return check_unique(
        students,
        ("unit", "year", "tier"),
        lambda r, first: msg(
            "msg_chk_count_twice",
            unit=r["unit"],
            year=r["year"],
            tier=msg("msg_chk_tier", tier=r["tier"]) if r["tier"] else "",
            first=first,
        ),
    )


def check_student_tiers_not_mixed(students: pl.DataFrame) -> list[Problem]:
    """A unit's count for a year is either split by tier or not, never both."""
    problems = []
    mixed = (
        students.group_by("unit", "year")
        .agg(
            pl.col("tier").is_null().any().alias("plain"),
            pl.col("tier").is_not_null().any().alias("split"),
            pl.col("row").min(),
        )
        .filter(pl.col("plain") & pl.col("split"))
        .sort("row")
    )
    for r in _rows(mixed):
        first = students.filter((pl.col("unit") == r["unit"]) & (pl.col("year") == r["year"]))
        problems.append(
            Problem(
                _loc(first.row(0, named=True), "C"),
                msg("msg_chk_tiers_mixed", unit=r["unit"], year=r["year"]),
            )
        )
    return problems


def check_students_cover_years(
    students: pl.DataFrame, units: pl.DataFrame, years: list[int], file: str
) -> list[Problem]:
    """Every unit has a student count in every year (warning: otherwise it gets nothing)."""
    have = set(zip(students["unit"].to_list(), students["year"].to_list(), strict=True))
    return [
        Problem(
            Location(file, "Studenten"),
            msg("msg_chk_no_count", unit=code, year=year),
            "warning",
            kind="no_count",
        )
        for code in units["code"].to_list()
        for year in years
        if (code, year) not in have
    ]


def check_funds_years_unique(funds: pl.DataFrame) -> list[Problem]:
    """One row per year on the funds sheet."""
    return check_unique(
        funds,
        ("year",),
        lambda r, first: msg("msg_chk_year_twice", year=r["year"], first=first),
        "A",
    )


def check_funds_cover_years(funds: pl.DataFrame, years: list[int], file: str) -> list[Problem]:
    """Every scenario year has its kadernota and rijksbijdrage amounts."""
    have = set(funds["year"].to_list())
    return [
        Problem(
            Location(file, "Middelen"),
            msg("msg_chk_funds_year", year=y),
        )
        for y in years
        if y not in have
    ]


def check_central_lines_unique(central: pl.DataFrame) -> list[Problem]:
    """A central budget line appears once per year."""
    return check_unique(
        central,
        ("theme", "initiative", "line", "year"),
        lambda r, first: msg(
            "msg_chk_line_twice",
            line=r["line"],
            initiative=r["initiative"],
            year=r["year"],
            first=first,
        ),
    )


def check_plan_units_known(
    plan_units: Iterable[str], units: pl.DataFrame, folder: str
) -> list[Problem]:
    """Every plan workbook is named after a unit in units.xlsx."""
    known = set(units["code"].to_list())
    return [
        Problem(
            Location(f"{folder}/{u}.xlsx"),
            msg("msg_chk_plan_unit", unit=u),
        )
        for u in plan_units
        if u not in known
    ]


def check_plan_years(
    plan_years: dict[str, set[int]], years: list[int], folder: str, why: Msg | None = None
) -> list[Problem]:
    """Every plan has a column for every scenario year."""
    return [
        Problem(
            Location(f"{folder}/{u}.xlsx", "Maatregelen", msg("loc_row", n=1)),
            msg("msg_chk_plan_year", year=y, why=msg("msg_chk_why", why=why) if why else ""),
        )
        for u, have in plan_years.items()
        for y in years
        if y not in have
    ]


def plan_years(frame: pl.DataFrame) -> dict[str, set[int]]:
    """The year columns of every plan that has any (a table of unit and year)."""
    out: dict[str, set[int]] = {}
    for unit, year in frame.select("unit", "year").iter_rows():
        out.setdefault(unit, set()).add(year)
    return out


def compared_years(plan_years: dict[str, set[int]], years: list[int]) -> tuple[int, ...]:
    """The scenario years every previous version has a column for: the years the versions are
    compared over."""
    return tuple(y for y in years if all(y in have for have in plan_years.values()))


def check_previous_plan_years(
    plan_years: dict[str, set[int]], years: list[int], folder: str
) -> list[Problem]:
    """The versions are compared over the scenario years every previous version has a column
    for. A version without a column for some of them leaves those out (warning: a revised plan
    may reach a year further); a version without any of them has nothing to compare (error at
    that version); versions that each give scenario years but none in common cannot be
    compared together (one error at the folder, with the years each gives)."""
    if not years:  # no years to check (the counts that give them were refused): nothing said
        return []
    scenario = years_text(years)
    problems = []
    for u, have in plan_years.items():
        if not have & set(years):
            problems.append(
                Problem(
                    Location(f"{folder}/{u}.xlsx", "Maatregelen", msg("loc_row", n=1)),
                    msg("msg_chk_previous_no_year", years=scenario),
                )
            )
    if problems or not plan_years:
        return problems
    compared = compared_years(plan_years, years)
    if not compared:
        given = "; ".join(
            f"{u}: {years_text(sorted(have & set(years)))}"
            for u, have in sorted(plan_years.items())
        )
        return [Problem(Location(f"{folder}/"), msg("msg_chk_previous_apart", given=given))]
    for u, have in plan_years.items():
        missing = [y for y in years if y not in have]
        if missing:
            problems.append(
                Problem(
                    Location(f"{folder}/{u}.xlsx", "Maatregelen", msg("loc_row", n=1)),
                    msg(
                        "msg_chk_previous_years",
                        years=", ".join(str(y) for y in missing),
                        compared=years_text(compared),
                    ),
                    "warning",
                )
            )
    return problems


def check_units_have_plans(units: pl.DataFrame, plan_units: set[str], folder: str) -> list[Problem]:
    """A unit without a plan workbook plans no spending (warning)."""
    return [
        Problem(
            Location(f"{folder}/{code}.xlsx"),
            msg("msg_chk_no_plan", unit=code),
            "warning",
        )
        for code in units["code"].to_list()
        if code not in plan_units
    ]


def check_plans_have_measures(
    measures: pl.DataFrame, plan_units: set[str], folder: str
) -> list[Problem]:
    """A plan workbook without a single measure plans no spending at all (warning: an
    emptied sheet is more often a mistake than a plan)."""
    planned = set(measures["unit"].to_list())
    return [
        Problem(
            Location(f"{folder}/{unit}.xlsx", "Maatregelen", "A2"),
            msg("msg_chk_plan_empty", unit=unit),
            "warning",
        )
        for unit in sorted(plan_units - planned)
    ]


def check_measures_unique(measures: pl.DataFrame) -> list[Problem]:
    """Measure names are unique within a plan."""
    return check_unique(
        measures.unique(["unit", "row"], maintain_order=True).sort("unit", "row"),
        ("unit", "measure"),
        lambda r, first: msg("msg_chk_measure_twice", measure=r["measure"], first=first),
        "A",
    )


def check_measures_not_all_zero(measures: pl.DataFrame) -> list[Problem]:
    """A measure with amount 0 in every year (warning: probably forgotten or stopped); a
    measure with a pm amount waits for a decision and is not flagged, nor one with an amount
    that could not be read (null: its error is reported)."""
    zero = (
        measures.group_by("unit", "measure", "file", "sheet", "row")
        .agg(
            pl.col("amount").sum(),
            pl.col("pm").any(),
            pl.col("amount").is_null().any().alias("_unread"),
        )
        .filter((pl.col("amount") == 0) & ~pl.col("pm") & ~pl.col("_unread"))
        .sort("unit", "row")
    )
    return [
        Problem(
            _loc(r),
            msg("msg_chk_measure_zero", measure=r["measure"]),
            "warning",
            kind="zero_measure",
        )
        for r in _rows(zero)
    ]


def check_plans_have_students(measures: pl.DataFrame, students: pl.DataFrame) -> list[Problem]:
    """A unit that plans spending in a year but has no EEA students then (warning); a count
    that could not be read (null, its error reported) is not taken for none."""
    planned = (
        measures.group_by("unit", "year", "file")
        .agg(pl.col("amount").sum())
        .filter(pl.col("amount") > 0)
    )
    counted = students.group_by("unit", "year").agg(
        pl.col("count").sum(), pl.col("count").is_null().any().alias("_unread")
    )
    lonely = (
        planned.join(counted, on=["unit", "year"], how="left")
        .filter((pl.col("count").fill_null(0) == 0) & ~pl.col("_unread").fill_null(False))
        .sort("unit", "year")
    )
    return [
        Problem(
            Location(str(r["file"]), "Maatregelen"),
            msg(
                "msg_chk_plan_no_students",
                unit=r["unit"],
                amount=Money(int(r["amount"])),
                year=r["year"],
            ),
            "warning",
            kind="plan_without_students",
        )
        for r in _rows(lonely)
    ]


def _beyond(exact: Fraction, threshold: Fraction) -> Number:
    """A percentage above the threshold, to one decimal (100%, 12,3%), or to as many more as it
    takes to read above it: 10.02% against a threshold of 10% is 10,02%, not 10%; the last
    try rounds up, so that it always does."""
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    for places in range(1, 7):
        rounding = ROUND_HALF_UP if places < 6 else ROUND_UP
        shown = value.quantize(Decimal(1).scaleb(-places), rounding)
        if shown > threshold:
            break
    return Number(shown)


def check_plan_near_allocation(
    measures: pl.DataFrame,
    allocation: pl.DataFrame,
    pct: float,
    key_text: Any,
    plan_files: Mapping[str, str] | None = None,
) -> list[Problem]:
    """A unit's planned spending differs from its allocation by more than pct % (warning);
    `key_text` names the key in the language (a `Worded` or a message). A unit with a plan
    workbook (`plan_files`: unit -> file) that plans nothing in a year plans 0 that year."""
    planned = measures.group_by("unit", "year", "file").agg(pl.col("amount").sum().alias("plan"))
    both = planned.join(allocation.select("unit", "year", "allocation"), on=["unit", "year"])
    if plan_files:
        files = pl.DataFrame(
            {"unit": list(plan_files), "file": list(plan_files.values())},
            schema={"unit": pl.String, "file": pl.String},
        )
        nothing = (
            allocation.select("unit", "year", "allocation")
            .join(files, on="unit")
            .join(planned.select("unit", "year"), on=["unit", "year"], how="anti")
            .with_columns(pl.lit(0, dtype=both.schema["plan"]).alias("plan"))
        )
        both = pl.concat([both, nothing.select(both.columns)], how="vertical_relaxed")
    threshold = Fraction(Decimal(str(pct)))
    both = (  # a first cut in floats, a little wide; the exact test below decides
        both.filter(pl.col("allocation") > 0)
        .with_columns(
            ((pl.col("plan") - pl.col("allocation")) * 100 / pl.col("allocation")).alias("pct")
        )
        .filter(pl.col("pct").abs() > float(threshold) * (1 - 1e-9) - 1e-9)
        .sort("unit", "year")
    )
    problems = []
    for r in _rows(both):
        diff = int(r["plan"]) - int(r["allocation"])
        exact = Fraction(100 * abs(diff), int(r["allocation"]))
        if exact <= threshold:
            continue
        problems.append(
            Problem(
                Location(str(r["file"]), "Maatregelen"),
                msg(
                    "msg_chk_plan_more" if diff > 0 else "msg_chk_plan_less",
                    unit=r["unit"],
                    plan=Money(int(r["plan"])),
                    year=r["year"],
                    diff=Money(abs(diff)),
                    pct=_beyond(exact, threshold),
                    allocation=Money(int(r["allocation"])),
                    key=key_text,
                    threshold=Number(Decimal(f"{pct:g}")),
                ),
                "warning",
                kind="plan_deviation",
            )
        )
    return problems


def _years_text(years: list[int]) -> str:
    years = sorted(years)
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


def _row_spans(rows: list[int], shown: int = 5) -> str:
    spans: list[list[int]] = []
    for r in sorted(rows):
        if spans and r == spans[-1][1] + 1:
            spans[-1][1] = r
        else:
            spans.append([r, r])
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in spans[:shown])
    return text + (", …" if len(spans) > shown else "")


def check_years_outside_scenario(
    students: pl.DataFrame, funds: pl.DataFrame, central: pl.DataFrame, years: list[int]
) -> list[Problem]:
    """Rows for years the scenario does not compute are ignored (warning per sheet and year).

    Earlier years are history (kept for monitoring and earlier reports) and pass silently.
    """
    if not years:
        return []
    problems = []
    for frame in (students, funds, central):
        outside = frame.filter(~pl.col("year").is_in(years) & (pl.col("year") > min(years)))
        groups = outside.group_by("file", "sheet", "year").agg(pl.col("row")).sort("file", "year")
        for r in _rows(groups):
            rows = sorted(int(x) for x in r["row"])
            key = "msg_chk_row_ignored" if len(rows) == 1 else "msg_chk_rows_ignored"
            problems.append(
                Problem(
                    Location(str(r["file"]), str(r["sheet"]), msg("loc_row", n=rows[0])),
                    msg(key, rows=_row_spans(rows), year=r["year"], years=_years_text(years)),
                    "warning",
                )
            )
    return problems


def check_plan_years_outside_scenario(
    plan_years: dict[str, set[int]], years: list[int], folder: str
) -> list[Problem]:
    """Plan year columns the scenario does not compute are ignored (one warning per set);
    earlier years are history and pass silently."""
    if not years:
        return []
    by_years: dict[tuple[int, ...], list[str]] = {}
    for unit, have in sorted(plan_years.items()):
        outside = tuple(sorted(y for y in have - set(years) if y > min(years)))
        if outside:
            by_years.setdefault(outside, []).append(unit)
    problems = []
    for outside, units in by_years.items():
        many = len(outside) > 1
        where = (
            Location(f"{folder}/{units[0]}.xlsx", "Maatregelen", msg("loc_row", n=1))
            if len(units) == 1
            else Location(f"{folder}/")
        )
        plans = (
            "" if len(units) == 1 else msg("msg_chk_of_plans", n=len(units), units=", ".join(units))
        )
        problems.append(
            Problem(
                where,
                msg(
                    "msg_chk_columns_ignored" if many else "msg_chk_column_ignored",
                    outside=_years_text(list(outside)),
                    plans=plans,
                    years=_years_text(years),
                ),
                "warning",
            )
        )
    return problems


def check_plans_funded(
    measures: pl.DataFrame, allocation: pl.DataFrame, students_file: str
) -> list[Problem]:
    """A unit that plans spending in a year is allocated something (error: a silent zero is
    almost always a count missing from students.xlsx)."""
    planned = measures.group_by("unit", "year").agg(pl.col("amount").sum().alias("plan"))
    given = allocation.select("unit", "year", "students", "allocation")
    unfunded = (
        planned.join(given, on=["unit", "year"], how="left")
        .filter((pl.col("plan") > 0) & (pl.col("allocation").fill_null(0) == 0))
        .sort("unit", "year")
    )
    problems = []
    for r in _rows(unfunded):
        why = (
            msg("msg_chk_unfunded_no_count", year=r["year"])
            if not r["students"]
            else msg("msg_chk_unfunded_key")
        )
        problems.append(
            Problem(
                Location(students_file, "Studenten"),
                msg(
                    "msg_chk_unfunded",
                    unit=r["unit"],
                    plan=Money(int(r["plan"])),
                    year=r["year"],
                    why=why,
                ),
            )
        )
    return problems
