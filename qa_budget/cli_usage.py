"""Click's own words in the language of the command: a wrong use of `qa-budget` is told in the
--lang the user asked for (Dutch by default), frame and all, not in click's English.

Click passes each of its texts through gettext (`_` and `ngettext` in its modules, as its
documentation describes for translations); here those two names are pointed at the catalogue
`texts.usage` while a command runs in Dutch. The help pages stay English.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from gettext import gettext, ngettext
from importlib import import_module

from qa_budget.texts.usage import USAGE_NL, USAGE_NL_PLURAL

_LANG: ContextVar[str] = ContextVar("qa_budget_usage_lang", default="en")
_MODULES = ("core", "exceptions", "formatting", "parser", "types", "decorators", "termui")


def _text(message: str) -> str:
    if _LANG.get() == "nl":
        return USAGE_NL.get(message, message)
    return gettext(message)


def words(text: str) -> str:
    """One of the command's usage words ([OPTIONS], COMMAND [ARGS]...) in its language."""
    return _text(text)


def _plural(singular: str, plural: str, n: int) -> str:
    if _LANG.get() == "nl" and (singular, plural) in USAGE_NL_PLURAL:
        one, many = USAGE_NL_PLURAL[singular, plural]
        return one if n == 1 else many
    return ngettext(singular, plural, n)


def _install() -> None:
    """Point click's gettext names at this module's (once; harmless when repeated)."""
    for name in _MODULES:
        module = import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = _text  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _plural  # type: ignore[attr-defined]


def lang_of(args: Sequence[str] | None) -> str:
    """The --lang the command line asks for (nl when none or not nl/en): known before click
    reads the options, so that a mistake among them is told in that language."""
    given = list(sys.argv[1:] if args is None else args)
    lang = "nl"
    for i, word in enumerate(given):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(given):
            lang = given[i + 1]
        elif word.startswith("--lang="):
            lang = word.removeprefix("--lang=")
    return lang if lang in ("nl", "en") else "nl"


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Click speaks `lang` in the block (its errors and usage lines)."""
    _install()
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


@contextmanager
def english() -> Iterator[None]:
    """Click speaks English in the block: the help pages, written in English."""
    token = _LANG.set("en")
    try:
        yield
    finally:
        _LANG.reset(token)
