"""What an input sheet is made of: its columns (key, header, kind, help) and the sheet itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One column of an input sheet."""

    key: str
    header: str
    kind: str  # text | code | count | money | money_pm | theme | year | date | yes_no | tier
    # | source | unit_kind | decision | plan_status
    required: bool = True
    width: int = 14
    help: str = ""
    trailing: bool = False  # in the template: after the year columns (plans)


@dataclass(frozen=True)
class SheetContract:
    """One input sheet: its workbook, its name, its columns."""

    file_key: str
    sheet: str
    purpose: str
    columns: tuple[Column, ...]
    year_columns: bool = False  # one money column per year after the fixed columns (plans)
    pm_years: bool = False  # a year cell may hold "pm": an amount waiting for a decision

    def column(self, key: str) -> Column:
        """The column with this key."""
        return next(c for c in self.columns if c.key == key)
