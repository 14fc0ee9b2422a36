"""Click's own words for a wrong use of the command (the usage line, "Error:", an unknown or
missing option), in Dutch: the command speaks the language of its --lang in its errors too.

The keys are click's English texts exactly as click passes them to gettext; a text not listed
here stays click's English (a test makes every wrong use the command knows of speak Dutch).
The help pages (--help) are English, like the README.
"""

from __future__ import annotations

USAGE_NL: dict[str, str] = {
    "Usage:": "Gebruik:",
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]...",
    "Try '{command} {option}' for help.": "Hulp: '{command} {option}'.",
    "Error: {message}": "Fout: {message}",
    "Aborted!": "Afgebroken.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "De opdracht ontbreekt (bijvoorbeeld run, validate of compare).",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: "
    "{message}",
    "unknown error": "onbekende fout",
    "Option {name!r} does not take a value.": "Optie {name!r} krijgt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} vraagt {nargs} waarden.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geheel getal.",
    "{value} is not in the range {range}.": "{value} ligt buiten het bereik {range}.",
}

# Texts with a singular and a plural form: (singular, plural) -> (enkelvoud, meervoud).
USAGE_NL_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Bedoelt u {possibility}?",
        "(Bedoelt u een van: {possibilities}?)",
    ),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Onverwacht extra argument ({args})",
        "Onverwachte extra argumenten ({args})",
    ),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Optie {name!r} vraagt een waarde.",
        "Optie {name!r} vraagt {nargs} waarden.",
    ),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} is niet {choice}.",
        "{value!r} is niet een van {choices}.",
    ),
    (
        "{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}.",
    ): (
        "{value!r} is geen datum in de vorm JJJJ-MM-DD.",
        "{value!r} is geen datum in de vorm JJJJ-MM-DD.",
    ),
}
