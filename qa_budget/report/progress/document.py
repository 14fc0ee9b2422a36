"""The progress report as a Word document for the annual report: a summary, the spending per
theme, per theme the indicators (table, trend chart, computation and source) and the
reflection, the common initiatives per responsible unit, each unit, and how it was made."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx.shared import Cm, Pt, RGBColor

from qa_budget.indicators.model import Definition, Reflection
from qa_budget.indicators.progress import InitiativeSection, Progress, UnitSection
from qa_budget.indicators.text import target_text
from qa_budget.made_from import made_from_result
from qa_budget.report.common.page import inputs_fingerprint
from qa_budget.report.progress.chart import points, trend_chart, worth_a_chart
from qa_budget.report.progress.docx_base import add_table, new_document, save
from qa_budget.report.progress.tables import (
    computation_table,
    indicator_table,
    initiative_table,
    moment_text,
    money_table,
    pct_text,
    unit_money_table,
    whole,
)
from qa_budget.result import Result
from qa_budget.texts import THEME_NUMBERS, format_money, label, theme_name
from qa_budget.version import __version__

GREY = RGBColor(0x59, 0x59, 0x59)


class _Writer:
    """Writes the sections in order; numbers the figures."""

    def __init__(self, doc: Any, p: Progress, result: Result, lang: str) -> None:
        self.doc, self.p, self.result, self.lang = doc, p, result, lang
        self.figures = 0

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def heading(self, text: str, level: int) -> None:
        self.doc.add_heading(text, level)

    def para(self, text: str, *, italic: bool = False, size: float | None = None) -> Any:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(text)
        run.italic = italic
        if size is not None:
            run.font.size = Pt(size)
        if italic:
            run.font.color.rgb = GREY
        return paragraph

    def keur(self, n: int) -> str:
        return f"{whole(n, self.lang)} k EUR"

    # --- sections ---------------------------------------------------------------------------

    def summary(self) -> None:
        p, t = self.p, self.t
        self.heading(t("pr_summary"), 1)
        total = p.themes[-1]
        first = str(p.trend_years[0])
        if p.final and total.realised is not None and total.realised_shown is not None:
            text = t("pr_summary_final").format(
                year=p.year,
                realised=self.keur(total.realised_shown),
                budget=self.keur(total.budget_shown),
                pct=pct_text(total.realised, total.budget, self.lang).text,
                first=first,
            )
        elif moment_text(p.moment, self.lang):
            text = t("pr_summary_interim").format(
                year=p.year,
                moment=moment_text(p.moment, self.lang),
                budget=self.keur(total.budget_shown),
                first=first,
            )
        else:  # no report at all on the year yet
            text = t("pr_summary_unreported").format(
                year=p.year, budget=self.keur(total.budget_shown), first=first
            )
        self.para(text)
        defs = p.indicators.definitions
        self.para(
            t("pr_summary_indicators").format(
                count=len(defs), untargeted=sum(d.target is None for d in defs)
            )
        )
        general = p.indicators.reflection(p.year, None)
        if general is not None:
            self.reflection(general)

    def money(self) -> None:
        p = self.p
        self.heading(self.t("pr_money"), 1)
        add_table(self.doc, money_table(p, self.lang))
        note = self.t("pr_money_note" if p.final else "pr_money_note_interim")
        self.para(note, italic=True, size=8)
        if p.missing:
            self.para(self.t("pr_missing_reports").format(units=", ".join(p.missing)), italic=True)

    def theme(self, theme: int) -> None:
        p, t = self.p, self.t
        self.heading(f"{t('theme')} {theme}: {theme_name(theme, self.lang)}", 1)
        m = p.themes[theme - 1]
        if p.final and m.realised is not None and m.realised_shown is not None and not m.budget:
            text = t("pr_theme_money_plain").format(
                budget=self.keur(m.budget_shown), realised=self.keur(m.realised_shown)
            )
        elif p.final and m.realised is not None and m.realised_shown is not None:
            text = t("pr_theme_money").format(
                budget=self.keur(m.budget_shown),
                realised=self.keur(m.realised_shown),
                pct=pct_text(m.realised, m.budget, self.lang).text,
            )
        else:
            text = t("pr_theme_money_interim").format(budget=self.keur(m.budget_shown))
        self.para(text)
        self.heading(t("pr_indicators"), 2)
        self.indicators(p.indicators.of_theme(theme), None, t("pr_no_indicators"))
        self.heading(t("pr_reflection"), 2)
        self.reflection(p.indicators.reflection(p.year, theme))

    def indicators(self, defs: Sequence[Definition], unit: str | None, none: str) -> None:
        ind, years = self.p.indicators, list(self.p.trend_years)
        if not defs:
            self.para(none, italic=True)
            return
        add_table(self.doc, indicator_table(ind, defs, unit, years, self.lang))
        for d in defs:
            series = points([ind.figure(d.code, unit, y) for y in years], years)
            if worth_a_chart(series):
                self.chart(d, series, years)
        table = computation_table(ind, defs, unit, years, self.lang)
        if table.rows:
            heading = self.para(self.t("pr_computation"), size=9)
            heading.runs[0].bold = True
            heading.paragraph_format.space_before = Pt(8)
            heading.paragraph_format.keep_with_next = True
            add_table(self.doc, table, size=8)

    def chart(self, d: Definition, series: list[Any], years: list[int]) -> None:
        self.figures += 1
        image = trend_chart(series, d, self.lang)
        picture = self.doc.add_paragraph()
        picture.paragraph_format.keep_with_next = True  # the chart stays with its caption
        picture.add_run().add_picture(io.BytesIO(image), width=Cm(16))
        caption = self.t("pr_chart").format(
            number=self.figures,
            name=d.name.get(self.lang),
            first=years[0],
            last=years[-1],
            measure=d.measure.get(self.lang),
        )
        if d.kind == "schaal":
            caption += self.t("pr_chart_scale")
        if d.target is not None:
            caption += self.t("pr_chart_target").format(target=target_text(d, self.lang))
        if any(pt.value is None for pt in series):
            caption += self.t("pr_chart_gap")
        self.para(caption, italic=True, size=8)

    def reflection(self, r: Reflection | None, gap: str | None = None) -> None:
        if r is None:
            self.para(gap or self.t("pr_no_reflection").format(year=self.p.year), italic=True)
            return
        for text in r.text.get(self.lang).split("\n"):
            if text.strip():
                self.para(text.strip())
        if r.text.missing(self.lang):
            self.para(self.t("ind_in_english_missing"), italic=True, size=8)

    def initiatives(self) -> None:
        p, t = self.p, self.t
        self.heading(t("pr_initiatives"), 1)
        if not p.initiatives:
            self.para(t("pr_no_initiatives").format(year=p.year), italic=True)
        else:
            self.para(t("pr_initiatives_intro").format(year=p.year, central="CENTRAAL"))
        responsible = object()
        for s in p.initiatives:
            who = s.responsible.get(self.lang) if s.responsible else None
            if who != responsible:
                responsible = who
                self.heading(
                    t("pr_responsible").format(name=who) if who else t("pr_no_responsible"), 2
                )
            self.initiative(s)
        central = p.central
        if central is not None:
            self.heading(t("pr_central_money"), 2)
            add_table(self.doc, unit_money_table(central, self.lang))

    def initiative(self, s: InitiativeSection) -> None:
        t, lang = self.t, self.lang
        self.heading(s.name, 3)
        amount = format_money(s.charged, lang)
        self.para(t("pr_initiative_budget").format(theme=s.theme, year=self.p.year, amount=amount))
        if s.lines:
            add_table(self.doc, initiative_table(s, lang))
        defs = [self.p.indicators.definition(code) for code in s.indicators]
        if defs:
            self.indicators(defs, None, "")
        if s.reflections:
            for r in s.reflections:
                self.reflection(r)
        else:
            self.reflection(None)

    def units(self) -> None:
        p, t = self.p, self.t
        self.heading(t("pr_units"), 1)
        self.para(t("pr_units_intro"))
        for s in p.units:
            if s.code != "CENTRAAL":
                self.unit(s)

    def unit(self, s: UnitSection) -> None:
        t, lang = self.t, self.lang
        self.heading(f"{s.code} — {s.name.get(lang)}", 2)
        add_table(self.doc, unit_money_table(s, lang))
        defs = [self.p.indicators.definition(code) for code in s.indicators]
        self.indicators(defs, s.code, t("pr_unit_no_indicators"))
        label_ = self.para(t("pr_reflection"), size=10)
        label_.runs[0].bold = True
        label_.paragraph_format.keep_with_next = True
        general = [r for r in s.reflections if r.theme is None]
        for r in general:
            self.reflection(r)
        themed = {r.theme: r for r in s.reflections if r.theme is not None}
        for theme, r in sorted(themed.items()):
            head = self.para(f"{t('theme')} {theme}: {theme_name(theme, lang)}")
            head.runs[0].bold = True
            head.paragraph_format.keep_with_next = True
            self.reflection(r)
        missing = [str(n) for n in THEME_NUMBERS if n not in themed]
        if not s.reflections:
            self.reflection(None)
        elif missing:
            gap = t("pr_no_reflection_themes").format(year=self.p.year, themes=", ".join(missing))
            self.para(gap, italic=True)

    def about(self) -> None:
        p, t = self.p, self.t
        self.heading(t("pr_about"), 1)
        self.para(
            t("pr_about_text").format(
                version=__version__,
                scenario=p.scenario,
                fingerprint=inputs_fingerprint(self.result.hashes)[:16],
                file=p.indicators.file,
                n=p.indicators.min_group_size,
            ),
            size=9,
        )


def write_document(path: Path, p: Progress, result: Result, lang: str) -> None:
    """Write the progress report of `p.year` to `path` (a staged temporary)."""
    title = label("pr_title", lang).format(year=p.year)
    doc = new_document(lang, title, label("pr_header", lang).format(year=p.year))
    doc.core_properties.identifier = made_from_result(result)  # what it was made from
    doc.add_heading(title, 0)
    doc.add_paragraph(label("pr_subtitle", lang), style="Subtitle")
    w = _Writer(doc, p, result, lang)
    w.summary()
    w.money()
    for theme in THEME_NUMBERS:
        w.theme(theme)
    w.initiatives()
    w.units()
    w.about()
    save(doc, path)
