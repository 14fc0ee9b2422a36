"""A wrong use of the command is told in the language of --lang (Dutch by default): click's own
frame ("Usage:", "Try ... for help.", "Error:") and its own messages (an unknown option, a
missing argument, a value not among the choices) as well as the project's. The help pages stay
English, whole."""

from __future__ import annotations

import pytest

from tests.conftest import cli, cli_process
from tests.test_messages_language import _one_language

# (command line, what the Dutch message says, what the English one says)
WRONG_USES = [
    (
        ["run", "--scenaro", "x.toml"],
        "Fout: Onbekende optie '--scenaro'.",
        "Error: No such option '--scenaro'.",
    ),
    (["bogus"], "Fout: Onbekende opdracht 'bogus'.", "Error: No such command 'bogus'."),
    (["run"], "Fout: Ontbrekend argument 'SCENARIO.toml'.", "Error: Missing argument"),
    (
        ["run", "x.toml", "--lang", "fr"],
        "Fout: Ongeldige waarde voor '--lang': 'fr' is niet een van 'nl', 'en'.",
        None,  # a --lang that is neither: told in Dutch, the default
    ),
    (
        ["run", "a.toml", "b.toml"],
        "Fout: Onverwacht extra argument (b.toml)",
        "Error: Got unexpected extra argument (b.toml)",
    ),
    (
        ["run", "x.toml", "--inputs"],
        "Fout: Optie '--inputs' vraagt een waarde.",
        "Error: Option '--inputs' requires an argument.",
    ),
    (["progress", "x.toml"], "Fout: Ontbrekende optie '--year'.", "Error: Missing option"),
    (
        ["progress", "x.toml", "--year", "twintig"],
        "Fout: Ongeldige waarde voor '--year': 'twintig' is geen geheel getal.",
        "is not a valid integer",
    ),
    (
        ["explain", "x.toml", "--on", "2020-13-01"],
        "'2020-13-01' is geen datum in de vorm JJJJ-MM-DD.",
        "does not match the format",
    ),
    (
        ["explain", "x.toml", "--unit", "FGW", "--year", "2024", "--format", "json"],
        "Fout: een spoor (--unit en --year) is een tekst; --format json geldt voor het "
        "registerrecord: laat een van beide weg",
        "Error: a trace (--unit and --year) is a text; --format json is for the register record",
    ),
    (
        ["init", "x", "--years", "2028-2025"],
        "Fout: --years: het eerste jaar van '2028-2025' komt na het laatste; geef de jaren "
        "oplopend, bijv. --years 2025-2028",
        "Error: --years: the first year of '2028-2025' comes after the last; give the years in "
        "ascending order, e.g. --years 2025-2028",
    ),
]

# The words the user typed, which a message repeats as they are.
TYPED = {"scenaro", "bogus", "fr", "twintig", "toml", "SCENARIO", "inputs", "year", "lang", "on"}
TYPED |= {"unit", "format", "json", "FGW"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("args, dutch, english", WRONG_USES, ids=lambda x: str(x)[:30])
def test_a_wrong_use_is_told_in_one_language(
    args: list[str], dutch: str, english: str | None, lang: str
) -> None:
    words = args if lang == "nl" else [*args, "--lang", "en"]
    if args[-1] == "--inputs" and lang == "en":
        words = [*args[:-1], "--lang", "en", "--inputs"]
    if english is None and lang == "en":
        words = args
        lang = "nl"
    result = cli(*words)
    assert result.code == 2, result.text
    said = dutch if lang == "nl" else str(english)
    assert said in result.err, result.err
    assert _one_language(result.err, lang, TYPED) == [], result.err
    if lang == "nl" and "Gebruik:" in result.err:
        assert "Hulp: '" in result.err and "[OPTIES]" in result.err
    if lang == "en" and "Usage:" in result.err:
        assert "for help." in result.err and "[OPTIONS]" in result.err


def test_the_installed_command_speaks_dutch_by_default() -> None:
    """The frame is printed by click itself at the top of the installed command, outside any
    test runner."""
    result = cli_process("run", "--scenaro", "x.toml")
    assert result.code == 2
    assert result.err.splitlines() == [
        "Gebruik: qa-budget run [OPTIES] SCENARIO.toml",
        "Hulp: 'qa-budget run --help'.",
        "",
        "Fout: Onbekende optie '--scenaro'. Bedoelt u '--scenario'?"
        if "--scenario" in result.err
        else "Fout: Onbekende optie '--scenaro'.",
    ]


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["run", "--lang", "nl", "-h"]])
def test_the_help_stays_english_whole(args: list[str]) -> None:
    result = cli(*args)
    assert result.code == 0, result.text
    assert result.out.startswith("Usage: "), result.out
    assert "Options:" in result.out and "Show this message and exit." in result.out
    assert "Gebruik" not in result.out and "OPTIES" not in result.out


def test_english_after_dutch_in_one_process() -> None:
    """The language is the command's own: a Dutch wrong use does not leave click speaking Dutch
    to the next command, or to another program's command in the same process."""
    import click
    from click.testing import CliRunner

    assert "Fout: Onbekende opdracht 'bogus'." in cli("bogus").err
    english = cli("run", "x.toml", "--lang", "en", "--year", "x").err
    assert "Error: No such option '--year'." in english, english

    @click.command()
    @click.option("--n", type=int)
    def plain(n: int) -> None:
        """A command that is not qa-budget's."""

    outside = CliRunner().invoke(plain, ["--n", "x"])
    assert "Error: Invalid value for '--n': 'x' is not a valid integer." in outside.output
