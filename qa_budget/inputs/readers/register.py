"""register.toml: the organisation's part of the algorithm-register record (optional).

Read from the bytes of the file (hashed like every input); parsed as TOML and validated against
the strict models of `qa_budget.register.organisation`, every problem located by its key path.
"""

from __future__ import annotations

import datetime as dt
import tomllib

from qa_budget.errors import Location, Problem, msg
from qa_budget.inputs.source import SourceFile
from qa_budget.register.organisation import Register, parse_register


def read_register(
    source: SourceFile, today: dt.date | None = None
) -> tuple[Register | None, list[Problem]]:
    """The organisation's fields, or None with the problems that stop them being read.

    A DPIA carried out, a statement made or a review dated after `today` (default: the date of
    the machine) is an error."""
    problems = list(source.problems)
    if source.data is None:
        return None, problems
    where = Location(source.name)
    try:
        text = source.data.decode("utf-8")
    except UnicodeDecodeError:
        return None, [*problems, Problem(where, msg("msg_reg_not_utf8"))]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return None, [*problems, Problem(where, msg("msg_reg_toml", error=err))]
    register, found = parse_register(data, source.name, today or dt.date.today())
    return register, problems + found
