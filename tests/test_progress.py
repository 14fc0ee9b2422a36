"""`qa-budget progress`: the Word document and the workbook read back, figures checked against
the source document, in both languages, identical bytes on every run."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
import zipfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from tests.conftest import SCENARIO, cli, reference
from tests.libreoffice import soffice
from tests.workbooks import values


@dataclass
class Report:
    inputs: Path
    out: dict[str, Path]  # lang -> outputs folder

    def docx(self, lang: str = "nl") -> Path:
        return self.out[lang] / "uniform-500" / "progress-2020.docx"

    def xlsx(self, lang: str = "nl") -> Path:
        return self.out[lang] / "uniform-500" / "progress-2020.xlsx"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    base = tmp_path_factory.mktemp("progress")
    assert cli("init", "--example", base / "inputs").code == 0
    out = {}
    for lang in ("nl", "en"):
        out[lang] = base / f"out-{lang}"
        args = ("--inputs", base / "inputs", "--out", out[lang], "--lang", lang)
        result = cli("progress", SCENARIO, "--year", "2020", *args)
        assert result.code == 0, result.text
    return Report(base / "inputs", out)


def tables(path: Path) -> list[list[list[str]]]:
    """Every table of a document as rows of cell texts."""
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(path).tables]


def table_starting(path: Path, *header: str) -> list[list[str]]:
    return next(t for t in tables(path) if tuple(t[0][: len(header)]) == header)


def texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def all_text(path: Path) -> str:
    cells = [c for t in tables(path) for row in t for c in row]
    return "\n".join(texts(path) + cells)


def sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path, data_only=True)[name].iter_rows(values_only=True))


def test_spending_per_theme_is_the_published_b_and_r_2020(report: Report) -> None:
    rows = table_starting(report.docx(), "Thema", "Omschrijving", "B2020 (k EUR)")
    assert rows[0] == ["Thema", "Omschrijving", "B2020 (k EUR)", "R2020 (k EUR)", "Realisatie in %"]
    published = {int(r["theme"]): r for r in reference("bijlage1_spending_by_theme.csv")}
    for row in rows[1:7]:
        theme = int(row[0])
        assert row[2].replace(".", "") == published[theme]["B2020"]
        # R2020 theme 3 is shown as 985 where the annex has 986: its themes add to 7,994
        # against its total of 7,993; largest-remainder rounding keeps the column adding up
        # (docs/example.md), the theme with the smallest remainder (985.6) gives the 1
        expected = "985" if theme == 3 else published[theme]["R2020"]
        assert row[3].replace(".", "") == expected
    # total: 7,711 budget, 7,993 realised = 103.66% -> 104%
    assert rows[7][0] == "Totaal" and rows[7][2:] == ["7.711", "7.993", "104%"]
    # theme 3: 985.6 k EUR realised / 764.2 k EUR budget, so 129% (not 986 / 764 = 129% either)
    assert rows[3][4] == "129%"


def test_the_student_staff_ratio_is_computed_from_staff_and_students(report: Report) -> None:
    theme1 = table_starting(report.docx(), "Indicator", "Meeteenheid", "2019", "2020")
    ssr = next(r for r in theme1 if r[0] == "Student-stafratio")
    # the source (§5.1): "staf = 1071,8/ studenten = 27670 25,8": students per fte staff,
    # 27,670 / 1,071.8 = 25.816... -> 25,8 (1,071.8 / 27,670 would be 0.039); 2020: 24,4 (§3.1),
    # given without its parts
    assert ssr == ["Student-stafratio", "studenten per fte staf", "25,8", "24,4", "geen"]
    cew = next(r for r in theme1 if r[0] == "Cursusevaluatie: werkvormen")
    assert cew == ["Cursusevaluatie: werkvormen", "score (1-5)", "3,9 ± 0,1", "geen waarde", "geen"]
    how = table_starting(report.docx(), "Indicator", "Jaar", "Berekening")
    rows = {(r[0] or "-", r[1]): r[2] for r in how}
    assert rows[("Student-stafratio", "2019")] == "27.670 studenten / 1.071,8 fte staf = 25,8"
    assert rows[("-", "2020")] == "opgegeven waarde; teller en noemer niet bekend"
    assert rows[("Cursusevaluatie: werkvormen", "2019")] == (
        "gemiddelde 3,9, standaarddeviatie 0,1, n = 31.250"
    )


def test_the_seed_indicator_table_of_2019(report: Report) -> None:
    values = {}
    for t in tables(report.docx()):
        if t[0][:4] == ["Indicator", "Meeteenheid", "2019", "2020"]:
            values |= {r[0]: r[2] for r in t[1:]}
    # the source's table "Indicatoren kwaliteitsafspraken 2019" (§5.1)
    assert values == {
        "Cursusevaluatie: werkvormen": "3,9 ± 0,1",
        "Student-stafratio": "25,8",
        "Programma-evaluatie bachelor: aandacht voor loopbaanmogelijkheden": "2,9 ± 1,1",
        "Programma-evaluatie master: aandacht voor loopbaanmogelijkheden": "2,9 ± 1,2",
        "Programma-evaluatie bachelor: aandacht voor vakspecifieke vaardigheden gericht op "
        "beroepen of werkvelden": "3,1 ± 1,1",
        "Programma-evaluatie master: aandacht voor vakspecifieke vaardigheden gericht op "
        "beroepen of werkvelden": "3,4 ± 1,1",
        "Fte studieadviseurs": "54,5",
        "Aantal studieadviseurs met een certificaat universitaire leergang": "10",
        "Percentage docenten met een BKO-kwalificatie": "88,6%",
        "Aantal docenten met een SKO-kwalificatie": "29",
        "Aantal bacheloropleidingen met matching of proefstuderen": "5",
    }


def test_document_structure_chart_reflection_and_gaps(report: Report) -> None:
    document = docx.Document(report.docx())
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == [
        "Samenvatting",
        "Besteding per thema",
        "Thema 1: Intensiever en kleinschaliger onderwijs",
    ]
    assert "Gemeenschappelijke initiatieven" in headings and "Per eenheid" in headings
    assert "FGW — Faculteit Geesteswetenschappen" in headings and headings[-1] == "Verantwoording"
    # one chart: the only indicator with two values (the student-staff ratio, 2019 and 2020)
    images = [r for r in document.part.rels.values() if "image" in r.reltype]
    png = images[0].target_part.blob
    assert len(images) == 1 and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", png[16:24]) == (1500, 540)  # drawn at 200 dpi, shown 16 cm wide
    lines = texts(report.docx())
    assert "Figuur 1. Student-stafratio, 2019-2020 (studenten per fte staf)." in lines
    assert any("(25,8 op 1-10-2019 naar 24,4 op 1-10-2020)" in x for x in lines)
    assert lines.count("[Geen reflectie opgegeven voor 2020.]") >= 3  # themes 2, 5 and 6
    assert "In 2020 zijn er geen gemeenschappelijke initiatieven begroot." in lines
    assert lines[3].startswith("In 2020 is 7.993 k EUR besteed")
    # ready to hand on: A4, fixed dates, header and page x of y in the footer
    props = document.core_properties
    assert props.created == props.modified == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert props.language == "nl-NL" and props.author == "qa-budget"
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert section.header.paragraphs[0].text == "Voortgangsrapportage kwaliteitsafspraken 2020"
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_unit_sections_in_whole_euros_that_add_up(report: Report) -> None:
    for t in tables(report.docx()):
        if t[0][:3] != ["Thema", "Omschrijving", "Begroting (EUR)"]:
            continue
        body, total = t[1:-1], t[-1]
        for col in (2, 3):
            if total[col] != "geen rapportage":
                parts = sum(int(r[col].replace(".", "")) for r in body)
                assert parts == int(total[col].replace(".", ""))


def test_english(report: Report) -> None:
    text = all_text(report.docx("en"))
    assert "Progress report on the quality agreements 2020" in text
    assert "27,670 students / 1,071.8 fte staff = 25.8" in text
    assert "value as given; numerator and denominator not known" in text
    assert "Theme 1: More intensive and small-scale education" in text
    money = table_starting(report.docx("en"), "Theme", "Description", "B2020 (k EUR)")
    assert money[7] == ["Total", "", "7,711", "7,993", "104%"]
    for dutch in ("geen waarde", "Thema ", "Begroting", "onderdrukt", "Reflectie", "definitief"):
        assert dutch not in text, dutch
    assert docx.Document(report.docx("en")).core_properties.language == "en-GB"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_python_text(report: Report, lang: str) -> None:
    words = [all_text(report.docx(lang))]
    wb = openpyxl.load_workbook(report.xlsx(lang))
    words += [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value]
    found = [w for w in words if re.search(r"None|Decimal\(|Fraction\(|\bnan\b|[{}]|\\n", w)]
    assert found == []


def test_the_workbook_has_the_figures_as_numbers(report: Report) -> None:
    rows = sheet(report.xlsx(), "Indicatoren")
    assert rows[3][:11] == (
        *("Code", "Indicator", "Voor", "Jaar", "Waarde", "Standaarddeviatie", "n (personen)"),
        *("Teller", "Noemer", "Status", "Berekening"),
    )
    ssr = {r[3]: r for r in rows[4:] if r[0] == "SSR"}
    assert ssr[2019][4:9] == (
        pytest.approx(float(Fraction(27670) / Fraction("1071.8"))),
        None,
        None,
        27670,
        1071.8,
    )
    assert ssr[2019][9] == "berekend uit teller en noemer"
    assert ssr[2020][4] == 24.4 and ssr[2020][7:9] == (None, None)
    assert ssr[2020][9] == "opgegeven (delen niet bekend)"
    cew = next(r for r in rows if r[0] == "CEW")
    assert cew[4:7] == (3.9, 0.1, 31250)
    money = sheet(report.xlsx(), "Besteding")
    total = next(r for r in money if r[0] == "Totaal")
    # realised in % from the exact amounts (7,992.6... / 7,711.4... k EUR), shown as 104%
    assert total[2:5] == (7711, 7993, pytest.approx(7993 / 7711, abs=0.0005))
    with zipfile.ZipFile(report.xlsx()) as z:
        charts = [n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
    assert len(charts) == 2  # budget against realised; the student-staff ratio
    assert openpyxl.load_workbook(report.xlsx()).sheetnames == [
        *("Besteding", "Per eenheid", "Indicatoren", "Definities", "Ontwikkeling"),
        *("Reflectie", "Initiatieven", "Herkomst"),
    ]


def test_identical_bytes_on_every_run(report: Report, tmp_path: Path) -> None:
    args = ("--year", "2020", "--inputs", report.inputs, "--out", tmp_path)
    assert cli("progress", SCENARIO, *args).code == 0
    for path in (report.docx(), report.xlsx()):
        again = tmp_path / "uniform-500" / path.name
        assert (
            hashlib.sha256(again.read_bytes()).digest()
            == hashlib.sha256(path.read_bytes()).digest()
        )
    with zipfile.ZipFile(report.docx()) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    rerun = cli("progress", SCENARIO, *args)
    assert rerun.code == 0 and rerun.out.count("ongewijzigd") == 2  # Dutch, the default


def test_the_gaps_are_warnings(report: Report, tmp_path: Path) -> None:
    args = ("--year", "2020", "--inputs", report.inputs, "--out", tmp_path)
    result = cli("progress", SCENARIO, *args, "--lang", "en")
    assert "warning: indicators.xlsx | CEW has no value for 2020 (university)" in result.err
    assert "warning: indicators.xlsx | no reflection for 2020 on theme 2" in result.err
    assert "SSR has no value for 2020" not in result.err


def test_needs_both_workbooks_and_writes_nothing_without(report: Report, tmp_path: Path) -> None:
    import shutil

    inputs = tmp_path / "in"
    shutil.copytree(report.inputs, inputs)
    (inputs / "indicators.xlsx").unlink()
    result = cli(
        "progress",
        SCENARIO,
        "--year",
        "2020",
        "--inputs",
        inputs,
        "--out",
        tmp_path / "a",
        "--lang",
        "en",
    )
    assert result.code == 1
    assert "indicators.xlsx | file not found" in result.err
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").rglob("*.*"))
    shutil.copy(report.inputs / "indicators.xlsx", inputs)
    (inputs / "realised.xlsx").unlink()
    result = cli(
        "progress",
        SCENARIO,
        "--year",
        "2020",
        "--inputs",
        inputs,
        "--out",
        tmp_path / "b",
        "--lang",
        "en",
    )
    assert result.code == 1 and "realised.xlsx | file not found" in result.err
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").rglob("*.*"))


def test_an_existing_report_is_kept_without_force(report: Report, tmp_path: Path) -> None:
    target = tmp_path / "uniform-500" / "progress-2020.docx"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"edited by the annual-report editor")
    args = ("--year", "2020", "--inputs", report.inputs, "--out", tmp_path)
    result = cli("progress", SCENARIO, *args, "--lang", "en")
    assert result.code == 1 and "already exist" in result.err
    assert target.read_bytes() == b"edited by the annual-report editor"
    assert not (tmp_path / "uniform-500" / "progress-2020.xlsx").exists()
    assert cli("progress", SCENARIO, *args, "--force", "--lang", "en").code == 0


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def test_both_forms_print(report: Report, tmp_path: Path) -> None:
    """The document and the workbook open and print in a second application (LibreOffice
    Writer and Calc; CI installs both, elsewhere the test is skipped without them)."""
    import os
    import subprocess

    in_ci = os.environ.get("CI", "").lower() == "true"
    command = soffice()
    if command is None and not in_ci:
        pytest.skip("LibreOffice (soffice) is not installed")
    assert command is not None, "LibreOffice is missing in CI; .ci/run installs it"
    for path in (report.docx(), report.xlsx()):
        proc = subprocess.run(
            [command, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        pdf = tmp_path / f"{path.stem}.pdf"
        if not pdf.exists() and not in_ci:
            pytest.skip(f"this LibreOffice cannot convert {path.name}: {proc.stderr.strip()}")
        assert pdf.exists(), proc.stderr
        assert _pages(pdf) >= 5
        pdf.rename(tmp_path / f"{path.suffix[1:]}.pdf")


def test_a_year_without_any_report_says_so(example: Path, tmp_path: Path) -> None:
    # realised.xlsx of the example reports 2019-2021; 2022 has a budget and no report at all:
    # the summary says that no spending is reported yet (it said 'latest report: -')
    done = cli("progress", SCENARIO, "--year", "2022", "--inputs", example, "--out", tmp_path)
    assert done.code == 0, done.text
    text = [
        p.text for p in docx.Document(tmp_path / "uniform-500" / "progress-2022.docx").paragraphs
    ]
    summary = text[text.index("Samenvatting") + 1]
    assert summary.startswith("Voor 2022 is nog geen besteding gerapporteerd; de begroting is ")
    assert "laatste rapportage" not in summary and ": -)" not in summary
    # the table has no R column, and its note does not explain one: it says why there is none
    note = next(t for t in text if t.startswith("Bedragen in k EUR"))
    assert "R = realisatie" not in note and "nog geen realisatie (R)" in note
    book = values(tmp_path / "uniform-500" / "progress-2022.xlsx", "Besteding")
    assert book[1][0] == note


@pytest.mark.parametrize("command", ["progress", "monitor"])
def test_a_year_nothing_speaks_of_is_one_sentence(
    command: str, example: Path, tmp_path: Path
) -> None:
    # funds.xlsx of the example budgets 2019-2024 and realised.xlsx reports 2019-2021: 2031 is
    # in neither, and is said so once (it was an error per plan and one for the funds)
    out = tmp_path / "out"
    done = cli(command, SCENARIO, "--year", "2031", "--inputs", example, "--out", out)
    assert done.code == 1
    errors = [line for line in done.err.splitlines() if not line.startswith("waarschuwing")]
    assert errors == [
        "Fout: er zijn geen cijfers van 2031: funds.xlsx heeft begrotingen van 2019-2024 en "
        "realised.xlsx meldt over 2019-2021; kies een van die jaren, of voeg 2031 toe aan "
        "funds.xlsx en de plannen"
    ]
    assert not out.exists()


def test_each_units_table_is_printed_whole(report: Report) -> None:
    # the sheet Per eenheid breaks pages only before a unit's heading: a unit's table, its
    # total included, stays on one page (a heading and the column header stood alone at a
    # page's foot, and a total alone on the next page)
    ws = openpyxl.load_workbook(report.xlsx())["Per eenheid"]
    headings = {
        c.row for c in ws["A"] if isinstance(c.value, str) and " — " in c.value and c.row > 2
    }
    breaks = [b.id for b in ws.row_breaks.brk]  # the row after the break, counted from 1
    assert len(headings) >= 8
    assert breaks and all(b + 1 in headings for b in breaks), (breaks, sorted(headings))
