"""A scenario file's validation errors in the catalogue's words: each kind of error the
validator reports is worded (what was expected, what was found, at which key), and the
format's own rules raise catalogue messages."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from qa_budget.errors import Joined, Msg, msg
from qa_budget.fields import CHANGE, NAME_PATTERN, YEAR_OR_ALL

# Names pydantic gives the members of a union in an error's location (not keys of the file).
_MEMBER = re.compile(
    r"^(decimal|int|float|str|bool|constrained-str|\[key\]|(function|json|lax|list|dict|"
    r"is-instance|tagged-union)[-a-z]*\[.*\])$"
)

_WORDS = {  # kinds of error, in the catalogue's words of what was expected
    "int_type": "msg_scn_whole_number",
    "int_parsing": "msg_scn_whole_number",
    "int_parsing_size": "msg_scn_whole_number",
    "int_from_float": "msg_scn_whole_number",
    "float_type": "msg_scn_number",
    "float_parsing": "msg_scn_number",
    "finite_number": "msg_scn_finite",
    "string_type": "msg_scn_text",
    "string_unicode": "msg_scn_text",
    "bool_type": "msg_scn_bool",
    "bool_parsing": "msg_scn_bool",
    "dict_type": "msg_scn_table",
    "model_type": "msg_scn_table",
    "model_attributes_type": "msg_scn_table",
    "list_type": "msg_scn_list",
    "tuple_type": "msg_scn_list",
    "decimal_parsing": "msg_scn_amount",
    "decimal_type": "msg_scn_amount",
    "date_type": "msg_scn_date",
    "date_parsing": "msg_scn_date",
    "date_from_datetime_parsing": "msg_scn_date",
    "date_from_datetime_inexact": "msg_scn_exact_date",
}
_UNQUOTED = {  # a number or truth value typed in quotes: what was expected, without them
    "number_text": "msg_scn_number_unquoted",
    "int_type": "msg_scn_whole_number_unquoted",
    "bool_type": "msg_scn_bool_unquoted",
}
_COUNTED = {  # kinds of error with a number in the context: (context key, catalogue key)
    "decimal_max_places": ("decimal_places", "msg_scn_decimals"),
    "decimal_whole_digits": ("whole_digits", "msg_scn_whole_digits"),
    "decimal_max_digits": ("max_digits", "msg_scn_digits"),
    "too_short": ("min_length", "msg_scn_at_least"),
    "too_long": ("max_length", "msg_scn_at_most"),
    "string_too_short": ("min_length", "msg_scn_text_at_least"),
    "string_too_long": ("max_length", "msg_scn_text_at_most"),
    "multiple_of": ("multiple_of", "msg_scn_multiple_of"),
}
_BOUNDS = {"ge": "msg_scn_ge", "gt": "msg_scn_gt", "le": "msg_scn_le", "lt": "msg_scn_lt"}
_PATTERNS = {
    CHANGE: "msg_scn_change",
    YEAR_OR_ALL: "msg_scn_year_or_all",
    NAME_PATTERN: "msg_scn_name",
}
_SKIPPED = {"is_instance_of"}  # a union member only Python code can give (a Scenario object)


def _quoted(text: str) -> tuple[str, ...]:
    """The values pydantic lists in a context text such as "'a', 'b' or 'c'"."""
    return tuple(re.findall(r"'([^']*)'", text))


def _one_of(values: tuple[str, ...]) -> Msg:
    """'one of "a", "b" or "c"', the values as written in a scenario file."""
    return msg("msg_what_one_of", values=Joined(tuple(f'"{v}"' for v in values), "or"))


def _number_in_quotes(value: Any) -> bool:
    """A text that spells a number or a truth value ("480", "2024", "true")."""
    if not isinstance(value, str):
        return False
    if value.strip().lower() in ("true", "false"):
        return True
    try:
        return Decimal(value.strip()).is_finite()
    except ArithmeticError:
        return False


def expected(e: Any) -> Msg | None:
    """What an error expected, in words of the catalogue (patterns named, not shown); a rule
    of the scenario format is its own message; None for an error that is not the user's."""
    kind, ctx = e["type"], e.get("ctx") or {}
    if kind in _SKIPPED:
        return None
    if kind == "value_error":
        found = ctx.get("error")
        words = found.args[0] if found is not None and found.args else None
        return words if isinstance(words, Msg) else msg("msg_scn_invalid")
    if kind in _UNQUOTED and _number_in_quotes(e.get("input")):
        return msg(_UNQUOTED[kind])
    if kind == "number_text":
        return msg("msg_scn_number")
    if kind == "percent_text":
        return msg("msg_scn_percent")
    if kind == "string_pattern_mismatch":
        return msg(_PATTERNS.get(str(ctx.get("pattern")), "msg_scn_pattern"))
    if kind in _WORDS:
        return msg(_WORDS[kind])
    if kind in _COUNTED and _COUNTED[kind][0] in ctx:
        name, key = _COUNTED[kind]
        n = ctx[name]
        return msg("msg_scn_decimal_one") if key == "msg_scn_decimals" and n == 1 else msg(key, n=n)
    for bound, key in _BOUNDS.items():
        if kind.startswith(("greater_than", "less_than")) and bound in ctx:
            return msg(key, limit=ctx[bound])
    if kind in ("literal_error", "enum") and "expected" in ctx:
        return _one_of(_quoted(str(ctx["expected"])))
    if kind == "union_tag_invalid" and "expected_tags" in ctx:
        return _one_of(_quoted(str(ctx["expected_tags"])))
    return msg("msg_scn_invalid")


def _typed(value: Any) -> str:
    """A value in the form of a TOML file: 'text', 480.125, true, 2024-06-30, [2026, 2025]."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_typed(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_typed(v)}" for k, v in value.items()) + " }"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def shown(value: Any) -> str:
    """A value as the user typed it, cut short, without control characters."""
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in _typed(value))
    return text if len(text) <= 80 else text[:77] + "…"


def _path(e: Any) -> list[str]:
    """The key path of an error as written in the file (key.kind, years, key.weights...):
    without the members of a union and the place of an item in a list (the value found
    tells which item)."""
    raw = e["loc"]
    loc = [
        str(p)
        for i, p in enumerate(raw)
        if not (i and raw[i - 1] == "key") and not _MEMBER.match(str(p)) and not isinstance(p, int)
    ]
    if e["type"] in ("union_tag_invalid", "union_tag_not_found"):
        loc += _quoted(str((e.get("ctx") or {}).get("discriminator", "'kind'")))[:1]
    return loc


def _found(e: Any) -> Any:
    """What the user wrote at the key (the tag for a key kind not known)."""
    if e["type"] == "union_tag_invalid":
        return (e.get("ctx") or {}).get("tag")
    return e.get("input")


def scenario_messages(err: ValidationError, kinds: tuple[str, ...]) -> list[Msg]:
    """Every error of a scenario's validation as a catalogue message naming its key: unknown
    and missing keys, then per key what was expected (the alternatives of a union joined
    with 'or') and what was found; `kinds` are the key kinds the format knows."""
    messages: list[Msg] = []
    alternatives: dict[Any, list[Msg]] = {}
    inputs: dict[Any, Any] = {}
    for e in err.errors():
        path: Any = ".".join(_path(e)) or msg("msg_scn_top")
        if e["type"] == "extra_forbidden":
            messages.append(msg("msg_scn_unknown_key", path=path))
        elif e["type"] == "missing":
            messages.append(msg("msg_scn_missing_key", path=path))
        elif e["type"] == "union_tag_not_found":
            messages.append(msg("msg_scn_kind_missing", path=path, values=_one_of(kinds)))
        else:
            text = expected(e)
            if path not in alternatives:
                alternatives[path] = []
                inputs[path] = _found(e)
            if text is not None and text not in alternatives[path]:
                alternatives[path].append(text)
    for path, texts in alternatives.items():
        got = inputs[path]
        found = "" if isinstance(got, dict) else msg("msg_scn_got", value=shown(got))
        words = [t for t in texts if t.key not in _RULES]
        rules = [t for t in texts if t.key in _RULES]
        if words:
            what = msg("msg_scn_expected", what=Joined(tuple(words), "or"))
            messages.append(msg("msg_scn_key", path=path, what=what, got=found))
        for rule in rules:  # the format's own rules, each a sentence of its own
            messages.append(msg("msg_scn_key", path=path, what=rule, got=found))
    return messages


# The scenario format's own rules (raised by its validators): whole sentences, not a thing
# that was expected.
_RULES = {
    "msg_scn_years_order",
    "msg_scn_change_bounds",
    "msg_scn_baseline_kind",
    "msg_scn_weights_or_tariffs",
    "msg_scn_formula_tariffs",
    "msg_scn_amount_pool",
}


def rule(key: str, **params: Any) -> ValueError:
    """A rule of the scenario format broken, for a validator to raise: a catalogue message
    the error report shows in the user's language."""
    return ValueError(msg(key, **params))
