"""A corpus of broken input folders, built from the bundled example: no binary blobs committed.

Each builder takes a fresh copy of the example inputs (written by `qa-budget init --example`)
and breaks it in one way, with openpyxl, zipfile or a few bytes written by hand. `CASES` lists
them with the located message lines a user must see. `python -m tests.corpus DIR` writes the
whole corpus into DIR for a look in Excel.
"""

from __future__ import annotations

import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl


@dataclass(frozen=True)
class Case:
    """One class of broken input: how to build it and what a user must be told."""

    name: str
    build: Callable[[Path], None]
    expected: tuple[str, ...]  # located lines (or their start) on stderr
    absent: tuple[str, ...] = ()  # text that must not be shown (e.g. personal values)
    ok: bool = False  # a warning-only class: the run succeeds


CASES: dict[str, Case] = {}


def case(*expected: str, absent: tuple[str, ...] = (), ok: bool = False) -> Callable[..., Any]:
    """Register a builder as a corpus case named after the function."""

    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES[build.__name__] = Case(build.__name__, build, expected, absent, ok)
        return build

    return register


# ---- helpers -------------------------------------------------------------------------------


def edit(path: Path, sheet: str, cells: dict[str, Any]) -> None:
    """Set cells with openpyxl (which saves formulas without a calculated value)."""
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)


def rewrite(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite a workbook's zip parts: `change(name, data)` returns new data, or None to drop."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info.filename, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            new = change(name, data)
            if new is not None:
                zf.writestr(name, new)


def set_cell_xml(path: Path, part: str, ref: str, xml: str) -> None:
    """Replace cell `ref` in a sheet part by the given <c> element."""

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        text, n = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, data.decode())
        assert n == 1, ref
        return text.encode()

    rewrite(path, change)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (the container of .xls and of encrypted workbooks).

    Version 3, 512-byte sectors: sector 0 is the FAT, sector 1 the directory, then each
    stream (padded to 4096 bytes or more, so no mini stream is needed)."""
    free, end, fat_sect, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    bodies = [data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0") for data in streams.values()]
    fat = [fat_sect, end]
    starts = []
    for body in bodies:
        n, start = len(body) // 512, len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(n - 1)] + [end]
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", nostream, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, 1, nostream, end, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else nostream
        directory += entry(name, 2, nostream, right, starts[i], len(streams[name]))
    directory = directory.ljust(512, b"\0")
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + directory + b"".join(bodies)


Part = tuple[str, bytes, int, int]  # name, deflated data, CRC-32, declared size


def deflate(name: str, raw: bytes) -> Part:
    """A part with its true size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, packer.compress(raw) + packer.flush(), zlib.crc32(raw), len(raw)


def deflated_zeros(name: str, megabytes: int) -> Part:
    """A part of `megabytes` MiB of '0' characters, deflated in chunks (little memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk, crc, packed = b"0" * (1 << 20), 0, []
    for _ in range(megabytes):
        packed.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    return name, b"".join(packed) + packer.flush(), crc, megabytes << 20


def parts_of(path: Path) -> list[Part]:
    """The parts of a workbook, deflated again (to add hand-made parts to them)."""
    with zipfile.ZipFile(path) as zf:
        return [deflate(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, parts: list[Part]) -> None:
    """A zip written by hand, so that a part can declare another size than it inflates to."""
    local, central = b"", b""
    for name, packed, crc, size in parts:
        fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0, crc, len(packed), size)
        head = b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name.encode()
        tail = struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, len(local))
        central += b"PK\x01\x02" + struct.pack("<H", 20) + fields + tail + name.encode()
        local += head + packed
    n = len(parts)
    end = struct.pack("<HHHHIIH", 0, 0, n, n, len(central), len(local), 0)
    path.write_bytes(local + central + b"PK\x05\x06" + end)


UNITS = "units.xlsx"
STUDENTS = "students.xlsx"
FGW = "plans/FGW.xlsx"
SHEET2 = "xl/worksheets/sheet2.xml"  # the data sheet (sheet 1 is 'Toelichting')
REFUSED = "students.xlsx | refused: this workbook holds data about individual students"


# ---- not a workbook ------------------------------------------------------------------------


@case("units.xlsx | this is a text file (e.g. CSV), not an Excel workbook")
def text_file(inputs: Path) -> None:
    (inputs / UNITS).write_text("Code;Naam;Soort\nFGW;Geesteswetenschappen;faculteit\n")


@case("students.xlsx | the file is empty (0 bytes), not an Excel workbook")
def empty_file(inputs: Path) -> None:
    (inputs / STUDENTS).write_bytes(b"")


@case("funds.xlsx | this is a PDF document, not an Excel workbook")
def pdf_renamed(inputs: Path) -> None:
    (inputs / "funds.xlsx").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")


@case("plans/FGW.xls | this is a legacy Excel 97-2003 workbook (.xls)")
def legacy_xls(inputs: Path) -> None:
    (inputs / FGW).unlink()
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    (inputs / "plans" / "FGW.xls").write_bytes(compound_file({"Workbook": bof}))


@case("units.xlsx | this is a legacy Excel 97-2003 workbook (.xls)")
def legacy_xls_renamed(inputs: Path) -> None:
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    (inputs / UNITS).write_bytes(compound_file({"Workbook": bof}))


@case("students.xlsx | the workbook is password-protected (encrypted); qa-budget cannot read it")
def encrypted(inputs: Path) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>"  # agile encryption header
    package = struct.pack("<Q", 9715) + bytes(range(256)) * 40
    cfb = compound_file({"EncryptionInfo": info, "EncryptedPackage": package})
    (inputs / STUDENTS).write_bytes(cfb)


@case("funds.xlsx | the workbook is damaged: its zip container cannot be read")
def truncated_zip(inputs: Path) -> None:
    path = inputs / "funds.xlsx"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@case("plans/FGW.xlsx | the part 'xl/worksheets/sheet2.xml' is damaged or does not inflate")
def corrupt_part(inputs: Path) -> None:
    parts = parts_of(inputs / FGW)
    name, packed, crc, size = next(p for p in parts if p[0] == SHEET2)
    broken = packed[:100] + bytes(b ^ 0x55 for b in packed[100:200]) + packed[200:]
    parts = [(n, broken, crc, size) if n == name else (n, d, c, s) for n, d, c, s in parts]
    write_zip(inputs / FGW, parts)


@case("units.xlsx | this is a Word document, not an Excel workbook")
def word_renamed(inputs: Path) -> None:
    with zipfile.ZipFile(inputs / UNITS, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")


@case("plans/FGW.csv | expected an Excel workbook (.xlsx), got a '.csv' file")
def wrong_extension(inputs: Path) -> None:
    (inputs / FGW).unlink()
    (inputs / "plans" / "FGW.csv").write_text("Maatregel,Thema,2022\nA,1,100\n")


# ---- decompression bombs and XML attacks ---------------------------------------------------


@case("students.xlsx | the part 'xl/media/image1.png' would inflate 1,0")
def bomb_by_ratio(inputs: Path) -> None:
    parts = [*parts_of(inputs / STUDENTS), deflated_zeros("xl/media/image1.png", 16)]
    write_zip(inputs / STUDENTS, parts)


@case("students.xlsx | the workbook would inflate to 120.0 MB, more than the limit of 100.0 MB")
def bomb_by_total_size(inputs: Path) -> None:
    noise = random.Random(6).randbytes(1 << 20)  # incompressible: a modest ratio per part
    parts = parts_of(inputs / STUDENTS)
    for i in (1, 2):
        name, packed, crc, _ = deflate(f"xl/media/image{i}.png", noise)
        parts.append((name, packed, crc, 60 << 20))
    write_zip(inputs / STUDENTS, parts)


@case("students.xlsx | the part 'xl/media/image1.png' is damaged or does not inflate to its")
def bomb_with_false_size(inputs: Path) -> None:
    name, packed, crc, _ = deflated_zeros("xl/media/image1.png", 16)
    write_zip(inputs / STUDENTS, [*parts_of(inputs / STUDENTS), (name, packed, crc, 1024)])


@case("units.xlsx | the workbook has 1,014 parts, more than the limit of 1,000")
def too_many_parts(inputs: Path) -> None:
    extra = [deflate(f"customXml/item{i}.xml", b"<a/>") for i in range(1000)]
    write_zip(inputs / UNITS, [*parts_of(inputs / UNITS), *extra])


@case("units.xlsx | the workbook's zip directory lists the part 'xl/workbook.xml' twice")
def duplicate_part(inputs: Path) -> None:
    parts = parts_of(inputs / UNITS)
    write_zip(inputs / UNITS, [*parts, *(p for p in parts if p[0] == "xl/workbook.xml")])


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
).replace("&lol0;", "&lol;")


@case("plans/FGW.xlsx | the XML part 'xl/worksheets/sheet2.xml' holds a DOCTYPE or ENTITY")
def billion_laughs(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != SHEET2:
            return data
        body = data.decode().split("?>", 1)[1]
        return (LAUGHS + body.replace("<v>741908</v>", "<v>&lol9;</v>")).encode()

    rewrite(inputs / FGW, change)


@case("units.xlsx | the XML part 'xl/sharedStrings.xml' holds a DOCTYPE or ENTITY declaration")
def external_entity(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/sharedStrings.xml":
            return data
        body = data.decode().split("?>", 1)[1].replace("<t>FGW</t>", "<t>&xxe;</t>")
        doctype = '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        return ('<?xml version="1.0"?>' + doctype + body).encode()

    rewrite(inputs / UNITS, change)


# ---- sheets, headers and layout ------------------------------------------------------------


@case("units.xlsx | sheet 'Eenheden' is missing; the workbook has: 'Toelichting', 'Units'")
def missing_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / UNITS)
    wb["Eenheden"].title = "Units"
    wb.save(inputs / UNITS)


@case(
    "students.xlsx › Sheet 'Studenten' › D1 | unexpected column 'EER studenten' (did you mean "
    "'EER-studenten'?)",
    "students.xlsx › Sheet 'Studenten' › row 1 | column 'EER-studenten' is missing",
)
def renamed_header(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D1": "EER studenten"})


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › F1 | column 'Thema' appears twice")
def duplicated_header(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"F1": "Thema"})


@case("students.xlsx › Sheet 'Studenten' › E1 | unexpected column 'Opmerking'; expected")
def extra_column(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"E1": "Opmerking", "E2": "gecontroleerd"})


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › H3 | column H has no header but holds a value")
def values_without_header(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"H3": 25000})


@case(
    "warning: plans/FGW.xlsx › Sheet 'Maatregelen' › row 4 | row 4 is empty, but rows below "
    "hold data",
    ok=True,
)
def empty_row_in_the_middle(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    wb["Maatregelen"].insert_rows(4)
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › A2:A3 | cells A2:A3 are merged")
def merged_cells(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    wb["Maatregelen"].merge_cells("A2:A3")
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › rows 3-4 | rows 3-4 are hidden but hold data")
def hidden_rows(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    for r in (3, 4):
        wb["Maatregelen"].row_dimensions[r].hidden = True
    wb.save(inputs / FGW)


@case("students.xlsx › Sheet 'Studenten' › column D | column D is hidden but holds data")
def hidden_column(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    wb["Studenten"].column_dimensions["D"].hidden = True
    wb.save(inputs / STUDENTS)


@case("units.xlsx › Sheet 'Eenheden' | the sheet is hidden")
def hidden_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / UNITS)
    wb.active = 0
    wb["Eenheden"].sheet_state = "hidden"
    wb.save(inputs / UNITS)


# ---- cell values ---------------------------------------------------------------------------


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | the cell holds a formula (=C2*2) without a "
    "calculated value"
)
def formula_without_value(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C3": "=C2*2"})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › D4 | the cell holds the formula error #REF!",
    "students.xlsx › Sheet 'Studenten' › D3 | the cell holds the formula error #DIV/0!",
)
def formula_errors(inputs: Path) -> None:
    set_cell_xml(inputs / FGW, SHEET2, "D4", '<c r="D4" t="e"><f>#REF!*2</f><v>#REF!</v></c>')
    set_cell_xml(inputs / STUDENTS, SHEET2, "D3", '<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')


@case(
    "students.xlsx › Sheet 'Studenten' › D3 | expected a whole number of students (0 or more), "
    "got 'n.v.t.'"
)
def text_for_a_count(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D3": "n.v.t."})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C3 | expected an amount in EUR as a number, got "
    "'1.234,56'; this looks like Dutch notation: type it as a number cell, e.g. 1234.56",
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C4 | expected an amount in EUR as a number, got "
    "'€ 500'; type the number without the currency sign",
)
def text_for_an_amount(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C3": "1.234,56", "C4": "€ 500"})


@case(
    "students.xlsx › Sheet 'Studenten' › D4 | expected a whole number of students (0 or more), "
    "got -3",
    "students.xlsx › Sheet 'Studenten' › D5 | expected a whole number of students (0 or more), "
    "got the fraction 12.5",
)
def negative_and_fractional_counts(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"D4": -3, "D5": 12.5})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › B2 | expected a theme number 1-6, got 7",
    "plans/FGW.xlsx › Sheet 'Maatregelen' › B3 | expected a theme number 1-6, got 0",
)
def theme_outside_1_to_6(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"B2": 7, "B3": 0})


@case(
    "plans/FGW.xlsx › Sheet 'Maatregelen' › C2 | expected an amount in EUR of at most "
    "1,000,000,000,000, got 1e+20; check the number (a missing decimal point?)",
    "students.xlsx › Sheet 'Studenten' › D2 | expected at most 10,000,000 students, got "
    "123,456,789",
)
def numbers_out_of_range(inputs: Path) -> None:
    edit(inputs / FGW, "Maatregelen", {"C2": 1e20})
    edit(inputs / STUDENTS, "Studenten", {"D2": 123456789})


@case("for 2030 is ignored: the scenario computes 2022-2024", ok=True)
def year_outside_the_scenario(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    wb["Studenten"].append(["FGW", 2030, None, 4000])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › A6 | unit 'XYZ' is not in units.xlsx; add it there or "
    "correct the code"
)
def unit_not_in_the_list(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"A6": "XYZ"})


@case(
    "warning: students.xlsx › Sheet 'Studenten' | no EEA-student count for ICLON in 2022",
    "warning: plans/ICLON.xlsx › Sheet 'Maatregelen' | ICLON plans EUR 149,183.00 in 2022 but "
    "has no EEA students that year",
    ok=True,
)
def plan_without_students(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    for r in range(ws.max_row, 1, -1):
        if ws.cell(r, 1).value == "ICLON":
            ws.delete_rows(r)
    wb.save(inputs / STUDENTS)


@case(
    "warning: plans/ICLON.xlsx | no plan for unit ICLON: its planned spending counts as 0", ok=True
)
def students_without_plan(inputs: Path) -> None:
    (inputs / "plans" / "ICLON.xlsx").unlink()


@case("plans/FGW.xlsx › Sheet 'Maatregelen' › A3 | measure '")
def duplicate_measure(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / FGW)
    ws = wb["Maatregelen"]
    ws["A3"] = ws["A2"].value
    wb.save(inputs / FGW)


@case("plans/FGW.xlsx | a second plan for unit FGW (the other is plans/FGW.xlsm)")
def two_plans_for_one_unit(inputs: Path) -> None:
    shutil.copy(inputs / FGW, inputs / "plans" / "FGW.xlsm")


@case(
    "warning: plans/FGW.xlsm | a macro-enabled workbook: only its cell values were read; its "
    "macros were not run",
    ok=True,
)
def macro_workbook(inputs: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            main = b"spreadsheetml.sheet.main+xml"
            return data.replace(main, b"ms-excel.sheet.macroEnabled.main+xml")
        return data

    rewrite(inputs / FGW, change)
    with zipfile.ZipFile(inputs / FGW, "a") as zf:
        zf.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub')
    (inputs / FGW).rename(inputs / "plans" / "FGW.xlsm")


# ---- person-level data ---------------------------------------------------------------------

PEOPLE = [("s1234567", "Jansen", "j.jansen@example.org"), ("s7654321", "De Vries", "dv@x.nl")]


@case(
    "students.xlsx › Sheet 'Studenten' › E1 | column 'Studentnummer' holds data about "
    "individual persons (student numbers)",
    "students.xlsx › Sheet 'Studenten' › F1 | column 'Naam' holds data about individual persons "
    "(names)",
    "students.xlsx › Sheet 'Studenten' › G1 | column 'Geboortedatum' holds data about individual "
    "persons (dates of birth or ages)",
    "students.xlsx › Sheet 'Studenten' › H1 | column 'E-mail' holds data about individual persons",
    "students.xlsx › Sheet 'Studenten' › I1 | column 'Nationaliteit' holds data about individual "
    "persons (nationalities)",
    "students.xlsx › Sheet 'Studenten' › J1 | column 'BSN' holds data about individual persons",
    "students.xlsx › Sheet 'Studenten' › K1 | column 'Adres' holds data about individual persons",
    REFUSED,
    absent=("Jansen", "s1234567", "example.org", "Duitse"),
)
def person_level_columns(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    headers = ["Studentnummer", "Naam", "Geboortedatum", "E-mail", "Nationaliteit", "BSN", "Adres"]
    for c, header in enumerate(headers, start=5):
        ws.cell(1, c, header)
    for r, (snr, name, mail) in enumerate(PEOPLE, start=2):
        values = [snr, name, "2001-02-03", mail, "Duitse", "123456782", "Rapenburg 70"]
        for c, value in enumerate(values, start=5):
            ws.cell(r, c, value)
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › E2 | column E holds a distinct number per row",
    REFUSED,
    absent=("1234567",),
)
def column_of_distinct_ids(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    ws["E1"] = "Kolom1"
    for r in range(2, 12):
        ws.cell(r, 5, 1234567 + 7919 * r)
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Studenten' › E3 | column E holds e-mail addresses",
    REFUSED,
    absent=("example.org",),
)
def email_addresses(inputs: Path) -> None:
    edit(inputs / STUDENTS, "Studenten", {"E1": "Contact", "E3": "a.b@example.org"})


@case(
    "students.xlsx › Sheet 'Studenten' › row 2 | 40 rows (rows 2, 3, 4, 5, 6, …) hold a count "
    "of 1 for the same unit, year and tier: this looks like one row per student",
    REFUSED,
)
def one_row_per_student(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb["Studenten"]
    ws.delete_rows(2, ws.max_row)
    for _ in range(40):
        ws.append(["FGW", 2024, "laag", 1])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Export' › A1 | column 'Student ID' holds data about individual "
    "persons (student numbers)",
    "students.xlsx › Sheet 'Export' › B1 | column 'Achternaam' holds data about individual "
    "persons (names)",
    REFUSED,
    absent=("Jansen",),
)
def person_list_on_another_sheet(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb.create_sheet("Export")
    ws.append(["Student ID", "Achternaam"])
    for snr, name, _ in PEOPLE:
        ws.append([snr, name])
    wb.save(inputs / STUDENTS)


@case(
    "students.xlsx › Sheet 'Blad2' › C2 | column C holds e-mail addresses",
    "students.xlsx › Sheet 'Blad2' › A2 | column A holds a distinct number per row",
    REFUSED,
    absent=("Jansen", "Breestraat", "example.org", "s100"),
)
def person_list_without_headers(inputs: Path) -> None:
    wb = openpyxl.load_workbook(inputs / STUDENTS)
    ws = wb.create_sheet("Blad2")
    for i in range(8):
        ws.append([f"s100{i:04d}", f"Jansen {i}", f"p{i}@example.org", f"Breestraat {i}"])
    wb.save(inputs / STUDENTS)


def build_all(folder: Path) -> None:
    """Write every case as its own input folder under `folder` (for a look in Excel)."""
    from tests.conftest import cli

    for name, c in CASES.items():
        inputs = folder / name
        assert cli("init", "--example", inputs).code == 0
        c.build(inputs)


if __name__ == "__main__":
    build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus"))
