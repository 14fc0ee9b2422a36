"""Reading every word a product writes, and the rules that words are tested by.

`texts_of(path)` yields every text a reader can see in a workbook (cells, sheet names, page
headers and footers, comments, data-validation messages, chart titles and labels) or a Word
document (paragraphs, tables, headers and footers), each with where it is.
`problems(texts, lang, allowed)` lists what a reader should never see:

- Python text: reprs such as Decimal(...), None, True/False, dict and list reprs, nan.
- identifiers: snake_case tokens (tariff_ratios), constraint ids (floor-FGW-2022), status or
  signal codes shown as a whole cell (missing, under), moment codes in English documents.
- the other language: a small curated list of giveaway words per language.
- numbers written the other language's way (17,259,100.00 in Dutch, 8.240.000 or 1,5 in
  English), in text.

`allowed` is what the user typed in the inputs and the scenario files (names, measures,
notes, reflections, titles): it is quoted as given, in whatever language it was written, so it
is removed from a text before the language and number rules look at it.
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl

# --- What a reader sees ------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One text as shown, and where: 'file › sheet › cell'."""

    where: str
    text: str


def texts_of(path: Path) -> Iterator[Text]:
    """Every text a reader sees in a workbook or a Word document."""
    if path.suffix == ".docx":
        yield from _docx_texts(path)
    elif path.suffix == ".xlsx":
        yield from _xlsx_texts(path)
    else:  # a text file (explain output, register.toml is not scanned)
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield Text(f"{path.name} › line {i}", line)


def _xlsx_texts(path: Path) -> Iterator[Text]:
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        at = f"{path.name} › {ws.title}"
        yield Text(f"{at} › (sheet name)", ws.title)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield Text(f"{at} › {cell.coordinate}", cell.value)
                if cell.comment is not None:
                    yield Text(f"{at} › {cell.coordinate} (comment)", cell.comment.text)
        for part in ("oddHeader", "oddFooter"):
            hf = getattr(ws, part)
            for side in ("left", "center", "right"):
                text = getattr(hf, side).text
                if text:
                    yield Text(f"{at} › ({part})", _header_text(text))
        for dv in ws.data_validations.dataValidation:
            for name in ("errorTitle", "error", "promptTitle", "prompt"):
                value = getattr(dv, name)
                if value:
                    yield Text(f"{at} › {dv.sqref} ({name})", value)
    if wb.properties.title:
        yield Text(f"{path.name} › (title)", wb.properties.title)
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"xl/charts/chart\d+\.xml", name):
                xml = z.read(name).decode()
                for found in re.findall(r"<a:t>([^<]*)</a:t>|<c:v>([^<]*)</c:v>", xml):
                    value = found[0] or found[1]
                    if value and not _is_number(value):
                        yield Text(f"{path.name} › {name}", value)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _header_text(text: str) -> str:
    """A page header or footer without its control codes (&P, &N, &"font", &12, ...)."""
    text = re.sub(r'&"[^"]*"', "", text)
    text = re.sub(r"&[0-9]+", "", text)
    text = re.sub(r"&[A-Za-z]", " ", text)
    return text.replace("&&", "&").replace("\n", " ")  # a long header is printed on two lines


def _docx_texts(path: Path) -> Iterator[Text]:
    import docx

    document = docx.Document(str(path))
    for i, p in enumerate(document.paragraphs, start=1):
        yield Text(f"{path.name} › paragraph {i}", p.text)
    for t, table in enumerate(document.tables, start=1):
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row.cells, start=1):
                yield Text(f"{path.name} › table {t} › row {r} › cell {c}", cell.text)
    for s, section in enumerate(document.sections, start=1):
        for part in (section.header, section.footer):
            for p in part.paragraphs:
                yield Text(f"{path.name} › section {s} (header/footer)", p.text)
    if document.core_properties.title:
        yield Text(f"{path.name} › (title)", document.core_properties.title)


# --- What the user typed ----------------------------------------------------------------------


def user_texts(inputs: Path, scenarios: Iterable[Path]) -> set[str]:
    """Texts the user gave, quoted as given: the data rows of every input workbook that
    contain a space or start with a capital (names, measures, notes, reflections; a lowercase
    single word is a list value such as a tier, a moment or a decision, and is not allowed),
    and each scenario's title and description."""
    found: set[str] = set()
    for path in sorted(inputs.rglob("*.xlsx")):
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            if ws.title in ("Toelichting", "Instructions"):  # the template's, written by us
                continue
            for row in ws.iter_rows(min_row=2, values_only=True):
                for value in row:
                    if isinstance(value, str) and (" " in value.strip() or value[:1].isupper()):
                        found.add(value.strip())
        wb.close()
    for path in scenarios:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found |= {str(data[k]) for k in ("title", "description") if k in data}
        found |= {path.stem, str(data.get("name", path.stem))}
    register = inputs / "register.toml"
    if register.exists():  # the organisation's part of the register record, quoted
        found |= set(_strings(tomllib.loads(register.read_text(encoding="utf-8"))))
    return {t for t in found if len(t) > 1}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def format_vocabulary() -> set[str]:
    """The words of the input format, which an input template names in either language: its
    sheet names, column headers and list values (Dutch: the readers look for them as they are)."""
    from qa_budget.inputs import contracts as c
    from qa_budget.inputs import contracts_round as r

    found: set[str] = set()
    for contract in (*c.CONTRACTS, *c.REFERENCE_CONTRACTS, *c.INDICATOR_CONTRACTS):
        found.add(contract.sheet)
        found |= {column.header for column in contract.columns}
    for values in (
        c.UNIT_KINDS, c.TIERS, c.SOURCES, c.INDICATOR_KINDS, c.NO_TARGET, c.PUBLISHED_LINES,
        c.BUDGET_COLUMNS, c.MOMENTS, r.DECISIONS, r.STATUSES, ("ja", "nee", "pm", c.CENTRAL_UNIT),
    ):  # fmt: skip
        found |= set(values)
    return found


# Names of the input format: sheets and column headers that the readers require as they are
# (Dutch), and the bundled scenario file names; an English template or note quotes them.
FORMAT_NAMES = re.compile(
    r"`[^`]+`|--lang (?:nl|en)\b|'[^']+'|\b[\w-]+\.(?:xlsx|toml|json|docx|csv|lp|mps)\b|"
    r"\bplans/[\w<>/ .-]*|\bprevious-plans/?\S*"
)

# A folder or file named by its absolute path is the user's naming (where the project was checked
# out, a temporary folder): '/check/work/main/scenarios/x.toml' says nothing about the language.
ABSOLUTE_PATHS = re.compile(r"(?<![\w.])(?:/[^\s/'\"›|]+)+/?")

# --- The rules ---------------------------------------------------------------------------------

PYTHON = [
    (re.compile(r"\bDecimal\(|\bFraction\(|\bdatetime\.|\bdate\("), "a Python repr"),
    (re.compile(r"\bNone\b|\bTrue\b|\bFalse\b"), "a Python value"),
    (re.compile(r"\{'|\['|\{\}|\[\]"), "a Python dict or list"),
    (re.compile(r"\bnan\b|\binf\b", re.IGNORECASE), "not a number"),
]
IDENTIFIERS = [
    (re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b"), "an identifier (snake_case)"),
    (
        re.compile(r"\b(?:floor|cap|yearly|band|share|change|pool)(?:-[a-z]+)?-[\w]+-\d{4}\b"),
        "a constraint id",
    ),
]
CODES = re.compile(
    r"(?:reported|missing|late|under|over|none_due|tariff|uniform|explicit|baseline|formula|"
    r"amount)"
)
MOMENT_CODES = re.compile(r"(?:mei|september|definitief)")

GIVEAWAYS = {
    # English words in a Dutch document
    "nl": [
        "the",
        "and",
        "with",
        "which",
        "every",
        "allocated",
        "allocation",
        "still to allocate",
        "year",
        "years",
        "unit",
        "units",
        "total",
        "spending",
        "forecast",
        "realised",
        "theme",
        "themes",
        "check",
        "checks",
        "floor",
        "floors",
        "cap",
        "caps",
        "binding",
        "missing",
        "reported",
        "late",
        "none",
        "not set",
        "amount",
        "underspending",
        "overspending",
        "provenance",
        "tariffs",
        "figures",
        "row",
        "cannot",
        "should",
        "nothing",
    ],
    # Dutch words in an English document
    "en": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "voor",
        "niet",
        "geen",
        "bij",
        "met",
        "toegewezen",
        "eenheid",
        "eenheden",
        "nog te alloceren",
        "jaar",
        "totaal",
        "begroting",
        "thema",
        "gerapporteerd",
        "ontbreekt",
        "prognose",
        "onderbesteding",
        "overbesteding",
        "herkomst",
        "tarieven",
        "vangnet",
        "plafond",
        "vloer",
        "definitief",
        "verschil",
        "bedrag",
        "toewijzing",
        "niveau",
        "rij",
        "verwacht",
        "gevonden",
        "sleutel",
    ],
}
_WORDS = {
    lang: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)
    for lang, words in GIVEAWAYS.items()
}
# numbers written the other language's way: English in Dutch, Dutch in English
OTHER_NUMBERS = {
    "nl": re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+\.\d{1,2}%"),
    "en": re.compile(
        r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w.])|(?<![\w.,])\d+,\d{1,2}%?(?![\d])"
    ),
}
# versions and other dotted numbers that are not amounts
NOT_AMOUNTS = re.compile(
    r"qa-budget \d+\.\d+\.\d+|HiGHS [\d.]+|PuLP [\d.]+|artikel \d+\.\d+\w*|"
    r"article \d+\.\d+\w*|§ ?\d+(?:\.\d+)*|\b[0-9a-f]{16,64}\b|SHA-256"
)


def _whole(texts: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern that finds any of the texts as a whole (not inside a word or a number)."""
    ordered = sorted(set(texts), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")


def _cut_short(text: str, allowed: set[str]) -> str:
    """A page header shortens a long user text with '…': remove such a shortened user text
    (the start of an allowed text, at least 8 characters, right before the '…', and the end of
    one, at least 4 characters, right after it)."""
    parts = text.split("…")
    longest = sorted(allowed, key=len, reverse=True)
    for i, part in enumerate(parts[:-1]):
        for a in longest:
            k = next((k for k in range(len(a), 7, -1) if part.endswith(a[:k])), 0)
            if k:
                parts[i] = part[: len(part) - k]
                break
    for i, part in enumerate(parts[1:], start=1):  # shortened in the middle: the text's end
        for a in longest:
            k = next((k for k in range(len(a), 3, -1) if part.lstrip().startswith(a[-k:])), 0)
            if k:
                parts[i] = part.lstrip()[k:]
                break
    return " ".join(parts)


def problems(
    texts: Iterable[Text], lang: str, allowed: set[str], vocabulary: set[str] = frozenset()
) -> list[str]:
    """Every text that breaks a rule, as 'where | rule: text'. `allowed` texts (the user's) are
    removed wherever they occur; `vocabulary` words (the input format's) as whole words."""
    quoted, words = _whole(allowed), _whole(vocabulary)
    out: list[str] = []
    for t in texts:
        text = t.text
        if not text.strip():
            continue
        bare = _cut_short(text, allowed) if "…" in text else text
        bare = quoted.sub(" ", bare) if quoted is not None else bare
        bare = FORMAT_NAMES.sub(" ", ABSOLUTE_PATHS.sub(" ", bare))
        if words is not None:
            bare = words.sub(" ", bare)
        found = [what for pattern, what in PYTHON if pattern.search(bare)]
        found += [what for pattern, what in IDENTIFIERS if pattern.search(bare)]
        if CODES.fullmatch(text.strip()) and text.strip() not in vocabulary | allowed:
            found.append("a code shown as a word")
        if lang == "en" and MOMENT_CODES.fullmatch(text.strip()) and not vocabulary:
            found.append("a Dutch moment code")
        word = _WORDS[lang].search(bare)
        if word:
            found.append(f"{'English' if lang == 'nl' else 'Dutch'} word '{word.group(0)}'")
        number = OTHER_NUMBERS[lang].search(NOT_AMOUNTS.sub(" ", bare))
        if number:
            found.append(f"a number written the other language's way '{number.group(0)}'")
        if found:
            shown = text if len(text) <= 160 else text[:157] + "..."
            out.append(f"{t.where} | {'; '.join(found)}: {shown!r}")
    return out
