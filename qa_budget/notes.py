"""What a run says it changed: a scenario's overrides of the one it starts from, the what-ifs
on the revenue, what the oploop handed out. Each note is a catalogue text with its values
(amounts in cents), said in the language asked; `str(note)` is the English text (run.json)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from qa_budget.texts import format_money, format_percent, label

MONEY = ("old", "new", "handed_out", "base", "units", "central", "still_to_allocate")


@dataclass(frozen=True)
class Note:
    """One thing a run changed: a catalogue text and its values."""

    key: str
    params: Mapping[str, Any]

    def text(self, lang: str) -> str:
        """The note in words, in the language asked."""
        if self.key == "note_override":
            from qa_budget.parameters import name, words

            path, old, new = self.params["path"], self.params["old"], self.params["new"]
            change = label("value.change", lang).format(
                old=words(path, old, lang), new=words(path, new, lang)
            )
            return f"{name(path, lang)}: {change}"
        values = {k: self._value(k, v, lang) for k, v in self.params.items()}
        return label(self.key, lang).format(**values)

    @staticmethod
    def _value(key: str, value: Any, lang: str) -> str:
        if key in MONEY:
            return format_money(int(value), lang, decimals=True)
        if key == "part":
            return label(f"note_part_{value}", lang)
        if key == "change" and isinstance(value, str) and value.endswith("%"):
            sign = value[0] if value[0] in "+-" else ""
            return sign + format_percent(Decimal(value.lstrip("+-").rstrip("%")), lang)
        if key == "change":
            return format_money(int(Decimal(str(value)) * 100), lang)
        return str(value)

    def __str__(self) -> str:
        return self.text("en")
