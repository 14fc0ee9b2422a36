"""The algorithm-register record: register.toml (the organisation's part), the record in nl and
en against the shipped JSON Schema, `explain --check`, and the page for the council."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from qa_budget.example import load_table
from qa_budget.register.record import FIELDS
from qa_budget.texts import LABELS
from tests.conftest import ROOT, SCENARIO, cli

TARIFF = ROOT / "scenarios" / "tariff-tiers.toml"
SCHEMA = json.loads((ROOT / "docs" / "register.schema.json").read_text())
ON = ("--on", "2026-12-01")  # the bundled register.toml was reviewed on 2026-11-02


def record(example: Path, scenario: Path = SCENARIO, lang: str = "nl") -> dict[str, Any]:
    result = cli("explain", scenario, "--inputs", example, "--format", "json", "--lang", lang)
    assert result.code == 0, result.text
    data: dict[str, Any] = json.loads(result.out)
    return data


def schema_errors(data: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return sorted(e.message for e in validator.iter_errors(data))


def texts(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for value in data.values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v if isinstance(v, str) else v["title"] for v in value]
    return out


# --- the record against the register's field list ----------------------------------------------


def test_the_shipped_schema_is_a_valid_schema_and_matches_the_record_fields() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    props = SCHEMA["properties"]
    assert set(FIELDS) <= set(props)
    for name, limit in FIELDS.items():
        assert props[name].get("maxLength") == limit, name
    assert SCHEMA["additionalProperties"] is False


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", sorted((ROOT / "scenarios").glob("*.toml")), ids=lambda p: p.stem)
def test_every_record_validates_against_the_schema(path: Path, lang: str, example: Path) -> None:
    data = record(example, path, lang)
    assert schema_errors(data) == []
    assert data["lang"] == {"nl": "nld", "en": "eng"}[lang]
    assert list(data) == [name for name in FIELDS if name in data]  # the standard's order


def test_without_the_organisation_fields_the_record_fails_the_schema(example: Path) -> None:
    (example / "register.toml").unlink()
    result = cli("explain", SCENARIO, "--inputs", example, "--format", "json", "--lang", "en")
    assert result.code == 0, result.text
    assert "not publishable yet (1 point)" in result.err
    errors = schema_errors(json.loads(result.out))
    for name in ("organization", "status", "contact_email", "publication_category"):
        assert f"'{name}' is a required property" in errors


# --- the engine's part, by hand --------------------------------------------------------------


def test_goal_in_dutch_figures(example: Path) -> None:
    data = record(example)
    # 2022 by hand: rijksbijdrage EUR 17,259,100 (annex 1: 17,259 k); 31,464 EEA students x
    # EUR 500 = EUR 15,732,000 to the 8 units; central lecturer development EUR 898,200 (annex 3:
    # 898 k); still to allocate 17,259,100 - 15,732,000 - 898,200 = 628,900.
    assert (
        "2022: middelen EUR 17.259.100; naar 8 eenheden EUR 15.732.000; naar universiteitsbrede "
        "initiatieven EUR 898.200; nog niet toegewezen EUR 628.900." in data["goal"]
    )
    # 2024: 31,670 x 500 = 15,835,000; central 1,523,000; 20,568,000 - 15,835,000 - 1,523,000
    # = 3,210,000 (annex 1: 3,210 k).
    assert "nog niet toegewezen EUR 3.210.000." in data["goal"]
    assert "In gebruik sinds januari 2022. Bron: Kadernota 2022-2025" in data["goal"]


def test_goal_in_english_figures(example: Path) -> None:
    data = record(example, lang="en")
    assert (
        "2022: funds EUR 17,259,100; to 8 units EUR 15,732,000; to university-wide initiatives "
        "EUR 898,200; not yet allocated EUR 628,900." in data["goal"]
    )
    assert "In use since January 2022." in data["goal"]


def test_the_decision_chain_ends_with_the_faculty_councils(example: Path) -> None:
    # The source document: "Alle facultaire aanvullingen zijn voor de zomer ter instemming aan
    # de faculteitsraden voorgelegd."
    nl = record(example)["human_intervention"]
    assert "het College van Bestuur besluit over de verdeling" in nl
    assert "de Universiteitsraad stemt in met het kader" in nl
    assert "elke faculteitsraad stemt in met het plan van de eigen faculteit" in nl
    assert "het besluit niets" in nl
    en = record(example, lang="en")["human_intervention"]
    assert "each faculty council consents to its own faculty's plan" in en


def test_data_says_aggregated_counts_and_the_smallest_group(example: Path) -> None:
    rows = [r for r in load_table("students") if 2022 <= int(r["year"]) <= 2024]
    smallest = min(int(r["count"]) for r in rows if int(r["count"]) > 0)
    data = record(example, lang="en")["source_data"]
    assert f"In this run: {len(rows)} counts for 8 units in 2022-2024" in data
    assert f"the smallest group counts {smallest:,} students" in data
    assert "No minimum group size applies" in data
    assert "refuses every file with data about persons" in data
    assert "SA-04" in data and "kept for seven years" in data  # from register.toml


def test_the_key_in_plain_words_with_the_languages_numbers(example: Path) -> None:
    nl = record(example, TARIFF)["methods_and_models"]
    assert "gewichten laag 1, hoog 1,5, top 3" in nl
    assert "geen eenheid verliest meer dan 5%" in nl
    # the floor binds for every unit but LUMC in every year (uniform-500 gives LUMC less than
    # its tier weights would, so it gains; every other unit would lose more than 5%)
    assert (
        "vloer (maximaal 5% verlies t.o.v. uniform EUR 500 per EER-student): bij 7 van de 8 "
        "eenheden bereikt (ARCH, FdR, FGGA, FGW, FSW, FWN, ICLON) in 2022-2024"
    ) in nl
    assert "niet zelflerend" in nl
    en = record(example, TARIFF, "en")["methods_and_models"]
    assert "weights low 1, high 1.5, top 3" in en
    assert "floor (at most 5% loss against uniform EUR 500 per EEA student): reached for 7" in en


def test_risks_name_the_checks_the_published_table_and_verify(example: Path) -> None:
    data = record(example)["risks"]
    assert "alle 21 controles" in data  # 7 identities x 3 years (reconcile.py)
    assert "gepubliceerd cijfer (reference.xlsx)" in data
    assert "qa-budget verify" in data


def test_the_organisations_part_comes_from_register_toml(example: Path) -> None:
    data = record(example)
    assert data["organization"] == "Universiteit Leiden"
    assert data["status"] == "In gebruik"
    assert data["begin_date"] == "2022-01"
    assert data["publication_category"] == "Impactvolle algoritmes"
    assert data["provider"].startswith("Eigen beheer (qa-budget ")
    titles = [g["title"] for g in data["lawful_basis_grouping"]]
    assert (
        titles[0] == "Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW), artikel 9.2"
    )
    assert data["impacttoetsen"].startswith("Er is geen DPIA uitgevoerd. Een DPIA is niet nodig")
    assert (
        "dateert van 11 mei 2021 en is gedeeld met de Raad (Universiteitsraad)"
        in (data["impacttoetsen"])
    )
    en = record(example, lang="en")
    assert en["organization"] == "Leiden University" and en["status"] == "In use"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_program_text_and_the_languages_number_format(lang: str, example: Path) -> None:
    for path in (SCENARIO, TARIFF, ROOT / "scenarios" / "oploop.toml"):
        data = record(example, path, lang)
        for text in texts(data):
            if text.startswith("https://"):
                continue
            assert not re.search(r"Decimal\(|\bNone\b|\bTrue\b|\bFalse\b|\{'|'\}|\[\{", text), text
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text  # no identifiers
            wrong = r"EUR -?\d{1,3}(,\d{3})+" if lang == "nl" else r"EUR -?\d{1,3}(\.\d{3})+\b"
            assert not re.search(wrong, text), text


def test_the_record_is_byte_identical_on_a_second_run(example: Path) -> None:
    first = cli("explain", TARIFF, "--inputs", example, "--format", "json").out
    assert cli("explain", TARIFF, "--inputs", example, "--format", "json").out == first


# --- explain --check ------------------------------------------------------------------------


def test_check_passes_for_the_bundled_example(example: Path) -> None:
    for lang in ("nl", "en"):
        result = cli("explain", SCENARIO, "--inputs", example, "--check", "--lang", lang, *ON)
        assert result.code == 0, result.text
        said = "Publishable: every field of" if lang == "en" else "Publiceerbaar: elk veld van"
        assert f"{said} {example / 'register.toml'} is" in result.out
        assert f"({lang})" in result.out


def test_check_finds_a_stale_review(example: Path) -> None:
    # reviewed 2026-11-02, every 12 months: still current on 2027-11-02, stale the day after
    assert (
        cli(
            "explain",
            SCENARIO,
            "--inputs",
            example,
            "--check",
            "--on",
            "2027-11-02",
            "--lang",
            "en",
        ).code
        == 0
    )
    result = cli(
        "explain", SCENARIO, "--inputs", example, "--check", "--on", "2027-11-03", "--lang", "en"
    )
    assert result.code == 1
    assert result.out == (
        "stale     publication.reviewed: last reviewed on 2 November 2026, more than 12 months "
        "before 3 November 2027; review every field and set the new date\n"
    )
    assert "Not publishable: 1 point in" in result.err


def test_check_lists_every_missing_field_of_the_empty_template(
    example: Path, tmp_path: Path
) -> None:
    assert cli("init", tmp_path / "empty", "--lang", "en").code == 0
    (example / "register.toml").write_bytes((tmp_path / "empty" / "register.toml").read_bytes())
    result = cli("explain", SCENARIO, "--inputs", example, "--check", *ON, "--lang", "en")
    assert result.code == 1
    keys = [line.split()[1].rstrip(":") for line in result.out.splitlines()]
    assert keys[:4] == [
        "publication.category",
        "publication.reviewed",
        "organisation.name",
        "organisation.contact",
    ]
    assert "legal_basis.articles[1].law" in keys and "retention.outputs" in keys
    assert all(line.startswith("missing ") for line in result.out.splitlines())
    assert f"Not publishable: {len(keys)} points" in result.err


def test_check_names_a_missing_english_text(example: Path) -> None:
    path = example / "register.toml"
    text = path.read_text().replace('en = "In-house"', 'en = ""')
    path.write_text(text)
    assert cli("explain", SCENARIO, "--inputs", example, "--check", *ON).code == 0  # nl complete
    result = cli("explain", SCENARIO, "--inputs", example, "--check", "--lang", "en", *ON)
    assert result.code == 1
    assert result.out.startswith("missing   supplier.name (en): The supplier")


def test_check_finds_a_planned_dpia_that_is_overdue(example: Path) -> None:
    path = example / "register.toml"
    path.write_text(path.read_text().replace('outcome = "not_needed"', 'outcome = "planned"'))
    result = cli("explain", SCENARIO, "--inputs", example, "--check", *ON, "--lang", "en")
    assert result.code == 1
    assert (
        "stale     dpia.date: a DPIA planned for 11 May 2021, a date that has passed" in result.out
    )


def test_check_without_register_toml(example: Path) -> None:
    (example / "register.toml").unlink()
    result = cli("explain", SCENARIO, "--inputs", example, "--check", *ON, "--lang", "en")
    assert result.code == 1
    assert result.out.startswith("missing   register.toml: no register.toml in the inputs folder")


# --- bad register.toml: located errors, exit 1, never a traceback ---------------------------


def _bad(example: Path, text: str, *args: str) -> tuple[int, list[str]]:
    (example / "register.toml").write_text(text)
    result = cli(
        "explain", SCENARIO, "--inputs", example, "--format", "json", "--lang", "en", *args
    )
    assert "Traceback" not in result.text and result.out == ""
    return result.code, [line for line in result.err.splitlines() if line.startswith("error: ")]


def test_unknown_keys_and_wrong_types_are_located(example: Path) -> None:
    text = (example / "register.toml").read_text()
    text = text.replace('contact = "kwaliteitsafspraken@example.nl"', 'email = "x@example.nl"')
    text = text.replace("review_months = 12", 'review_months = "twaalf"')
    text = text.replace('article = "9.33a"', 'artikel = "9.33a"')
    text = text.replace(
        'link = "https://wetten.overheid.nl/jci1.3:c:BWBR0005682&hoofdstuk=9&artikel=9.38"',
        'link = "wetten.overheid.nl"',
    )
    text = text.replace('value = "in_use"', 'value = "gebruikt"')
    code, errors = _bad(example, text)
    assert code == 1
    assert errors == [
        "error: register.toml › publication.review_months | expected a whole number from 1 to "
        "60, got 'twaalf'",
        "error: register.toml › organisation.email | unknown key (check the spelling; see "
        "docs/register.md)",
        "error: register.toml › use.value | expected one of 'in_development', 'in_use', "
        "'out_of_use', got 'gebruikt'",
        "error: register.toml › legal_basis.articles[2].artikel | unknown key (check the "
        "spelling; see docs/register.md)",
        "error: register.toml › legal_basis.articles[3].link | expected a link starting with "
        "https:// (or empty), got 'wetten.overheid.nl'",
    ]


def test_a_dpia_carried_out_cannot_be_dated_in_the_future(example: Path) -> None:
    text = (example / "register.toml").read_text()
    text = text.replace('outcome = "not_needed"', 'outcome = "carried_out"')
    code, errors = _bad(example, text.replace("date = 2021-05-11", "date = 2999-01-01"))
    assert code == 1
    assert errors == [
        "error: register.toml › dpia.date | a DPIA that was carried out cannot be dated in the "
        "future, got 2999-01-01"
    ]
    # planned for a future date is fine
    planned = text.replace('outcome = "carried_out"', 'outcome = "planned"')
    (example / "register.toml").write_text(
        planned.replace("date = 2021-05-11", "date = 2999-01-01")
    )
    assert (
        cli("explain", SCENARIO, "--inputs", example, "--format", "json", "--lang", "en").code == 0
    )


def test_texts_dates_versions_and_toml_syntax(example: Path) -> None:
    code, errors = _bad(example, "version = 2\n")
    assert (code, errors) == (
        1,
        ["error: register.toml › version | this qa-budget reads register.toml version 1, got 2"],
    )
    code, errors = _bad(example, "version = true\n")
    assert errors == [
        "error: register.toml › version | this qa-budget reads register.toml version 1, got true"
    ]
    code, errors = _bad(example, 'version = 1\n[organisation]\nname = 5\n[dpia]\ndate = "mei"\n')
    assert errors == [
        'error: register.toml › organisation.name | expected text, or a table { nl = "...", '
        'en = "..." }, got 5',
        "error: register.toml › dpia.date | expected a date like 2021-05-17, got 'mei'",
    ]
    code, errors = _bad(example, "version = 1\n[organisation\n")
    assert code == 1 and errors[0].startswith("error: register.toml | not valid TOML: ")
    code, errors = _bad(example, "[publication]\n")
    assert errors == ["error: register.toml › version | missing key"]


def test_validate_reports_register_toml_and_run_does_not_stop_on_it(
    example: Path, tmp_path: Path
) -> None:
    (example / "register.toml").write_text("version = 1\ncolour = 3\n")
    result = cli("validate", "--inputs", example, "--lang", "en")
    assert result.code == 1
    assert (
        "error: register.toml › colour | unknown key (check the spelling; see docs/register.md)"
        in result.err
    )
    assert (
        cli("run", SCENARIO, "--inputs", example, "--out", tmp_path / "out", "--lang", "en").code
        == 0
    )


def test_verify_names_a_changed_register_toml(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli("run", SCENARIO, "--inputs", example, "--out", out).code == 0
    path = example / "register.toml"
    path.write_text(path.read_text().replace("kwaliteitsafspraken@example.nl", "fin@example.nl"))
    changed = cli("verify", out / "uniform-500", "--lang", "en")
    assert changed.code == 1
    assert "MISMATCH  input register.toml: changed since the run" in changed.out


# --- the page for the council ---------------------------------------------------------------


def _sections(page: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", page, flags=re.M)
    return {parts[i]: parts[i + 1].strip() for i in range(1, len(parts), 2)}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_page_holds_the_same_record(lang: str, example: Path) -> None:
    data = record(example, TARIFF, lang)
    page = cli("explain", TARIFF, "--inputs", example, "--format", "md", "--lang", lang)
    assert page.code == 0 and page.err == ""
    title = {"nl": "Algoritmeregister", "en": "Algorithm register"}[lang]
    assert page.out.startswith(f"# {title}: {data['name']}\n")
    sections = _sections(page.out.rsplit("\nqa-budget ", 1)[0])
    for name, value in data.items():
        shown = sections.pop(LABELS[f"reg_title_{name}"][lang])
        if name == "category":
            assert shown == ", ".join(value)
        elif name.endswith("_grouping"):
            assert shown.splitlines() == [f"- {g['title']}: {g['link']}" for g in value]
        else:
            assert shown == value, name
    assert sections == {}  # nothing on the page that is not in the record


def test_the_page_says_what_is_missing(example: Path, tmp_path: Path) -> None:
    assert cli("init", tmp_path / "empty").code == 0
    (example / "register.toml").write_bytes((tmp_path / "empty" / "register.toml").read_bytes())
    page = cli("explain", SCENARIO, "--inputs", example, "--format", "md").out
    assert "**Nog niet te publiceren: in register.toml is dit nog niet in orde (15):**" in page
    assert "- ontbreekt: organisation.name (nl)" in page
    assert _sections(page)["Organisatie"] == "(nog niet ingevuld in register.toml)"


# --- the template, the API, the docs --------------------------------------------------------


def test_init_writes_the_template_and_the_example(tmp_path: Path) -> None:
    assert cli("init", tmp_path / "t").code == 0
    template = (tmp_path / "t" / "register.toml").read_text()
    assert template == (ROOT / "qa_budget" / "register" / "register.toml").read_text()
    assert (ROOT / "inputs" / "register.toml").read_bytes() == (
        ROOT / "qa_budget" / "example" / "register.toml"
    ).read_bytes()


def test_the_library_gives_the_record(example: Path) -> None:
    import datetime as dt

    import qa_budget as qa

    scenario = qa.load_scenario(SCENARIO)
    result = qa.compute(scenario, qa.read_inputs(example, scenario.inputs))
    current = qa.register_record(result, "en", on=dt.date(2026, 12, 1))
    assert current.publishable and current.fields["organization"] == "Leiden University"
    later = qa.register_record(result, "en", on=dt.date(2028, 1, 1))
    assert [f.key for f in later.findings] == ["publication.reviewed"]


def test_every_register_toml_field_is_documented() -> None:
    from qa_budget.register.organisation import SECTIONS

    text = (ROOT / "docs" / "register.md").read_text()
    for model in SECTIONS:
        for name in model.model_fields:
            found = re.search(rf"`[^`\n]*\b{name}\b[^`\n]*`", text)  # `name`, `[name]`, ...
            assert found, f"{model.__name__}.{name} is not in docs/register.md"
