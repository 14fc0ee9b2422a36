"""Indicator figures as a reader sees them, in Dutch or English: 25,8 / 25.8; 88,6%;
3,9 ± 0,1; the parts of a computed ratio; a suppressed value with its reason."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from qa_budget.indicators.model import Definition, Figure
from qa_budget.inputs.contracts import MONTHS
from qa_budget.texts import label


def round_half_up(x: Fraction, decimals: int) -> Decimal:
    """x rounded half away from zero to `decimals` places, exactly (25.8164... -> 25.8)."""
    scaled = abs(x) * 10**decimals
    whole = (2 * scaled.numerator + scaled.denominator) // (2 * scaled.denominator)
    return Decimal(-whole if x < 0 else whole).scaleb(-decimals)


def as_decimal(x: Fraction) -> Decimal:
    """A number typed as a decimal, exactly as typed (1071.8, 27670); at most 12 places."""
    for places in range(13):
        scaled = x * 10**places
        if scaled.denominator == 1:
            return Decimal(scaled.numerator).scaleb(-places)
    return round_half_up(x, 12)


def decimal_text(d: Decimal, lang: str) -> str:
    """A decimal with thousands separators: 1.071,8 (nl) or 1,071.8 (en)."""
    text = f"{d:,f}"
    if lang == "nl":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def number(x: Fraction, decimals: int, lang: str) -> str:
    """A figure rounded half-up to `decimals` places, e.g. 25,8."""
    return decimal_text(round_half_up(x, decimals), lang)


def part(x: Fraction, lang: str) -> str:
    """A part (numerator, denominator, n) as typed, e.g. 27.670 or 1.071,8."""
    return decimal_text(as_decimal(x), lang)


def value_text(x: Fraction, d: Definition, lang: str) -> str:
    """A value of the indicator in its own decimals, with % for a percentage."""
    return number(x, d.decimals, lang) + ("%" if d.kind == "percentage" else "")


def figure_text(f: Figure | None, d: Definition, lang: str, min_group_size: int) -> str:
    """What a table cell shows: the value (mean ± sd for a scale), 'suppressed (n < 10)' or
    'no value'."""
    if f is None or (f.value is None and not f.suppressed):
        return label("ind_no_value", lang)
    if f.suppressed or f.value is None:
        return label("ind_suppressed", lang).format(n=min_group_size)
    text = value_text(f.value, d, lang)
    if f.sd is not None:
        text += " ± " + number(f.sd, d.decimals, lang)
    return text


def parts_text(f: Figure, d: Definition, lang: str, min_group_size: int) -> str:
    """How the figure came about: '27.670 studenten / 1.071,8 fte staf = 25,8', the mean,
    standard deviation and n of a scale, 'value as given', or the reason it is suppressed."""
    if f.suppressed:
        return label("ind_suppressed_reason", lang).format(n=min_group_size)
    if f.status == "given":
        return label("ind_given", lang)
    if f.status == "computed" and f.numerator is not None and f.denominator is not None:
        top, bottom = part(f.numerator, lang), part(f.denominator, lang)
        if d.numerator is not None:
            top += f" {d.numerator.get(lang)}"
        if d.denominator is not None:
            bottom += f" {d.denominator.get(lang)}"
        scale = "100 × " if d.kind == "percentage" else ""
        value = value_text(f.value or Fraction(0), d, lang)
        return f"{scale}{top} / {bottom} = {value}" + _n(f, lang)
    if f.sd is not None and f.value is not None and f.n is not None:
        return label("ind_scale_parts", lang).format(
            mean=number(f.value, d.decimals, lang),
            sd=number(f.sd, d.decimals, lang),
            n=part(Fraction(f.n), lang),
        )
    return _n(f, lang).lstrip("; ")


def _n(f: Figure, lang: str) -> str:
    return "" if f.n is None else "; " + label("ind_n", lang).format(n=part(Fraction(f.n), lang))


def target_text(d: Definition, lang: str) -> str:
    """The target, or 'none' (no target set)."""
    return label("ind_no_target", lang) if d.target is None else value_text(d.target, d, lang)


def day_text(day_month: str | None, lang: str) -> str:
    """'10-01' as '1 oktober' (nl) or '1 October' (en); empty when not given."""
    if not day_month:
        return ""
    month, day = (int(p) for p in day_month.split("-"))
    return f"{day} {MONTHS[lang][month - 1]}"


def scope_text(unit: str | None, names: dict[str, str], lang: str) -> str:
    """'University', or a unit's code and name."""
    if unit is None:
        return label("ind_university", lang)
    return f"{unit} — {names[unit]}" if unit in names else unit


def status_text(f: Figure | None, lang: str) -> str:
    """measured / computed from its parts / given / suppressed; empty without a figure."""
    return "" if f is None else label(f"ind_status_{f.status}", lang)


def kind_text(d: Definition, lang: str) -> str:
    """How the indicator is computed, in words (with its scale for a mean)."""
    text = label(f"ind_kind_{d.kind}", lang)
    if d.kind == "schaal" and d.minimum is not None and d.maximum is not None:
        text += f" {part(d.minimum, lang)}-{part(d.maximum, lang)}"
    return text
