"""The `qa-budget` command: parse options, call one core function, print the result.

Exit codes: 0 success; 1 input, scenario or output error; 2 usage error; 3 infeasible
scenario; 4 unexpected internal error (rerun with --debug for the traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from qa_budget.errors import (
    InputErrors,
    Number,
    Problem,
    QaBudgetError,
    RuleErrors,
    ScenarioError,
    msg,
)
from qa_budget.stages import stage
from qa_budget.version import __version__

F = TypeVar("F", bound=Callable[..., Any])
EXIT_INTERNAL = 4


# Text from input files ends up in messages; a control character or escape sequence in a cell
# must not drive the user's terminal (colours, cursor moves, a hidden line): show it instead.
_INVISIBLE = {
    **{c: f"\\x{c:02x}" for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F)},
    **{c: f"\\x{c:02x}" for c in range(0x80, 0xA0)},
    **{c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)},
}


def printable(text: str) -> str:
    """Text safe to print: control characters and direction overrides shown as escapes
    (new lines and tabs kept)."""
    return str(text).translate(_INVISIBLE)


def _echo(message: object = "", err: bool = False, nl: bool = True) -> None:
    click.echo(printable(str(message)), err=err, nl=nl)


def _secho(message: object, err: bool = False, **styles: Any) -> None:
    click.secho(printable(str(message)), err=err, **styles)


def _lang(ctx: click.Context | None = None) -> str:
    """The language the command was asked to speak (its --lang; Dutch by default)."""
    ctx = ctx or click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx is not None else None
    return str(obj.get("lang", "nl")) if isinstance(obj, dict) else "nl"


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """Keep the command's --lang where the error handler finds it."""
    root = ctx.find_root()
    if isinstance(root.obj, dict):
        root.obj["lang"] = value
    return value


def say(key: str, **params: Any) -> str:
    """A line of the command's own, in its language."""
    return msg(key, **params).text(_lang())


def _usage_pieces(pieces: list[str]) -> list[str]:
    """The usage line's own words ([OPTIONS], COMMAND [ARGS]...) in the command's language."""
    from qa_budget.cli_usage import words

    return [words(piece) for piece in pieces]


class Command(click.Command):
    """A command whose usage line speaks the command's language and whose help is English."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))

    def get_help(self, ctx: click.Context) -> str:
        from qa_budget.cli_usage import english

        with english():
            return super().get_help(ctx)


class Group(click.Group):
    """Turns the project's errors into messages and exit codes, here and only here; click's
    own words (a wrong use of the command) in the language of --lang."""

    command_class = Command

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        from qa_budget.cli_usage import lang_of, speaking

        with speaking(lang_of(args)):
            return super().main(args, *rest, **kwargs)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage_pieces(super().collect_usage_pieces(ctx))

    def get_help(self, ctx: click.Context) -> str:
        from qa_budget.cli_usage import english

        with english():
            return super().get_help(ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except InputErrors as err:
            lang = _lang(ctx)
            _print_problems(err.problems, err.warnings, lang)
            _secho(msg("msg_cli_input_errors", what=err.args[0]).text(lang), fg="red", err=True)
            ctx.exit(err.exit_code)
        except RuleErrors as err:
            lang = _lang(ctx)
            _print_problems(err.problems, err.warnings, lang)
            _secho(msg("msg_cli_rule_errors", what=err.args[0]).text(lang), fg="red", err=True)
            ctx.exit(err.exit_code)
        except ScenarioError as err:
            lang = _lang(ctx)
            _secho(msg("msg_cli_scenario", path=err.path).text(lang), fg="red", err=True)
            for message in err.lines(lang):
                _echo(f"  {message}", err=True)
            ctx.exit(err.exit_code)
        except QaBudgetError as err:
            lang = _lang(ctx)
            _secho(msg("msg_cli_error", what=err.text(lang)).text(lang), fg="red", err=True)
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            # the reader went away (`qa-budget verify ... | head`): stop quietly, as a pipe
            # expects; whatever was written is whole (outputs are committed before the summary)
            _quiet_stdout()
            ctx.exit(1)
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            lang = _lang(ctx)
            what = f"{type(err).__name__}: {err}".splitlines()[0]
            _secho(msg("msg_cli_internal", what=what).text(lang), fg="red", err=True)
            _echo(msg("msg_cli_bug").text(lang), err=True)
            ctx.exit(EXIT_INTERNAL)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush into a closed pipe
    says nothing either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's): nothing to flush
        pass


def _once(problems: Iterable[Problem]) -> list[Problem]:
    """The problems in order, each once (a problem is data: equal problems are one; one whose
    parts cannot be compared so is known by its words)."""
    seen: dict[Any, Problem] = {}
    for p in problems:
        try:
            seen.setdefault(p, p)
        except TypeError:
            seen.setdefault(p.text("en"), p)
    return list(seen.values())


SHOWN_PER_KIND = 5  # warnings of one kind printed one by one before they are summed up
SUMMARY = {  # catalogue keys of the sums of warnings that come by the hundred
    "plan_deviation": "msg_many_plan_deviation",
    "no_count": "msg_many_no_count",
    "plan_without_students": "msg_many_plan_without_students",
    "zero_measure": "msg_many_zero_measure",
}


def _print_problems(errors: list[Problem], warnings: list[Problem], lang: str = "nl") -> None:
    """Every error; warnings one by one, except that a kind of warning that comes by the
    hundred (2,000 units) is summed up after its first few."""
    for p in errors:
        _echo(msg("msg_cli_error_line", what=p.text(lang)).text(lang), err=True)
    counts: dict[str, int] = {}
    for p in warnings:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    shown: dict[str, int] = {}
    for p in warnings:
        many = p.kind in SUMMARY and counts[p.kind] > 2 * SHOWN_PER_KIND
        shown[p.kind] = shown.get(p.kind, 0) + 1
        if not many or shown[p.kind] <= SHOWN_PER_KIND:
            _echo(msg("msg_cli_warning_line", what=p.text(lang)).text(lang), err=True)
        elif shown[p.kind] == SHOWN_PER_KIND + 1:
            n = counts[p.kind]
            line = msg(
                "msg_cli_more_warnings",
                more=Number(n - SHOWN_PER_KIND),
                n=Number(n),
                what=msg(SUMMARY[p.kind]),
            )
            _echo(line.text(lang), err=True)


def _sizes(text: str) -> list[str]:
    """Benchmark sizes: 'example' or UNITSxYEARS (1-100,000 units, 1-30 years)."""
    import re

    sizes = [s.strip() for s in text.split(",") if s.strip()]
    for size in sizes:
        found = re.fullmatch(r"([0-9]{1,6})x([0-9]{1,2})", size)
        ok = size == "example" or (
            found is not None
            and 1 <= int(found.group(1)) <= 100_000
            and 1 <= int(found.group(2)) <= 30
        )
        if not ok:
            raise click.BadParameter(
                f"expected 'example' or UNITSxYEARS such as 200x10, got {size!r}",
                param_hint="'--sizes'",
            )
    if not sizes:
        raise click.BadParameter("give at least one size", param_hint="'--sizes'")
    return sizes


def _years(text: str) -> list[int]:
    """The years of --years ('2025-2028' or '2025,2026'), or a usage error (exit code 2) in the
    command's language that says what is wrong."""
    try:
        if "-" in text:
            a, b = (int(x) for x in text.split("-", 1))
            if a > b:
                raise click.UsageError(say("msg_cli_years_reversed", text=text, fixed=f"{b}-{a}"))
            years = list(range(a, b + 1))
        else:
            years = [int(x) for x in text.split(",")]
    except ValueError:
        raise click.UsageError(say("msg_cli_years_form", text=text)) from None
    if not all(2000 <= y <= 2100 for y in years):
        raise click.UsageError(say("msg_cli_years_range", text=text))
    if sorted(set(years)) != years:
        raise click.UsageError(say("msg_cli_years_order", text=text))
    return years


inputs_option = click.option(
    "--inputs",
    "inputs_dir",
    type=click.Path(path_type=Path),
    default=Path("inputs"),
    show_default=True,
    help="Folder with the input workbooks.",
)
out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("outputs"),
    show_default=True,
    help="Folder for the outputs; each scenario writes a subfolder.",
)
force_option = click.option(
    "--force", is_flag=True, help="Overwrite existing files that have other content."
)
previous_option = click.option(
    "--previous-plans",
    "previous_plans",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with the previous version of each unit's plan, to compare the plans with "
    "(default: the scenario's inputs.previous_plans, previous-plans/ in the inputs folder).",
)
progress_option = click.option(
    "--progress/--no-progress",
    "show_progress",
    default=None,
    help="Show each stage on stderr (files read, workbooks written, time). Default: shown on a "
    "terminal, not in a script or log.",
)


@contextmanager
def _telling(lang: str, show: bool | None) -> Iterator[None]:
    """Tell the stages of the block on stderr: live on a terminal, finished stages only when
    asked with --progress elsewhere, nothing with --no-progress."""
    from qa_budget.stage_lines import StageLines
    from qa_budget.stages import listening

    stream = sys.stderr
    live = stream.isatty()
    if show is False or (show is None and not live):
        yield
        return
    with listening(StageLines(lang, stream, live)):
        yield


def _lang_option(help_text: str) -> Callable[[F], F]:
    """--lang nl|en (default nl), remembered before the other options are read, so that
    even a problem with them is told in the chosen language."""
    return click.option(
        "--lang",
        type=click.Choice(["nl", "en"]),
        default="nl",
        show_default=True,
        is_eager=True,
        callback=_remember_lang,
        help=help_text,
    )


lang_option = _lang_option(
    "Language of the workbooks (sheet names, headers, theme names and texts) and of the messages."
)
check_lang_option = _lang_option(
    "Language of the messages: problems found, with where and how to fix them."
)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-budget")
@click.option("--debug", is_flag=True, help="Show the traceback of unexpected errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Plan the allocation of the quality-agreement funds (kwaliteitsafspraken).

    Typical use: `qa-budget init --example inputs`, `qa-budget validate`,
    `qa-budget run scenarios/uniform-500.toml`.
    """
    ctx.obj = {"debug": debug}


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--example", is_flag=True, help="Write the bundled example instead of empty templates."
)
@click.option(
    "--years",
    default="2022-2024",
    show_default=True,
    help="Year columns of the empty plan template, e.g. 2025-2028.",
)
@force_option
@_lang_option(
    "Language of the instructions, validation messages and messages (the sheet names, "
    "column headers and list values are the input format's, in Dutch)."
)
def init(folder: Path, example: bool, years: str, force: bool, lang: str) -> None:
    """Write input templates (or the bundled example) into FOLDER."""
    from qa_budget.templates import write_inputs

    done = write_inputs(folder, example=example, years=_years(years), force=force, lang=lang)
    _print_written(done)
    what = "msg_cli_wrote_example" if example else "msg_cli_wrote_templates"
    _echo(say(what, folder=f"{folder}/", inputs=folder))


@main.command()
@inputs_option
@click.option(
    "--scenario",
    "scenario_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Check for this scenario's years and key (default: the years on the funds "
    "sheet and the adopted EUR 500 key).",
)
@check_lang_option
def validate(inputs_dir: Path, scenario_path: Path | None, lang: str) -> None:
    """Check every input workbook and report every problem with its location."""
    from qa_budget.api import validate as validate_inputs
    from qa_budget.summary import round_lines

    found = validate_inputs(inputs_dir, scenario_path)
    warnings = found.warnings
    _print_problems([], warnings, lang)
    for line in round_lines(found.plan_round, lang=lang):
        click.echo(line)
    n = len(warnings)
    key = "msg_cli_ok" if not n else "msg_cli_ok_warning" if n == 1 else "msg_cli_ok_warnings"
    _secho(say(key, folder=f"{inputs_dir}/", n=Number(n)), fg="green")


@main.command()
@click.argument("scenario_path", metavar="SCENARIO.toml", type=click.Path(path_type=Path))
@inputs_option
@out_option
@force_option
@click.option(
    "--solver",
    type=click.Choice(["highs", "cbc"]),
    default="highs",
    show_default=True,
    help="LP solver for tariff scenarios.",
)
@click.option(
    "--export-lp",
    "export_lp",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write the tariff model in LP format (MPS for a .mps name), one file per "
    "year, so it can be re-solved elsewhere.",
)
@click.option(
    "--stamp",
    is_flag=True,
    help="Record the date and time of the run in run.json (off by default, so that identical "
    "runs give identical files).",
)
@click.option(
    "--allow-infeasible",
    is_flag=True,
    help="When floors and caps cannot all hold, write the closest feasible plan, "
    "clearly marked, instead of stopping with exit code 3.",
)
@lang_option
@previous_option
@click.option(
    "--faculty/--no-faculty",
    default=True,
    show_default=True,
    help="Write the faculty-board workbooks (faculty/<UNIT>.xlsx).",
)
@progress_option
def run(
    scenario_path: Path,
    inputs_dir: Path,
    out_dir: Path,
    force: bool,
    solver: str,
    export_lp: Path | None,
    stamp: bool,
    allow_infeasible: bool,
    lang: str,
    previous_plans: Path | None,
    faculty: bool,
    show_progress: bool | None,
) -> None:
    """Run a scenario: allocate, reconcile and write the overview and faculty workbooks."""
    import qa_budget.api as qa
    from qa_budget.summary import summary_lines

    scenario = _with_previous(qa.load_scenario(scenario_path), previous_plans, inputs_dir)
    _check_out(inputs_dir, out_dir, scenario.name)
    if export_lp is not None:
        _check_out(inputs_dir, export_lp.parent, ".")
    when = None
    if stamp:
        import datetime as dt

        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with _telling(lang, show_progress):
        with stage("read"):
            inputs = qa.read_inputs(inputs_dir, scenario.inputs)
        with stage("compute"):
            result = qa.compute(scenario, inputs, qa.Options(solver, allow_infeasible))
        with stage("write"):
            written = qa.write(result, out_dir, force=force, lang=lang, faculty=faculty, stamp=when)
    _print_problems([], list(result.warnings), lang)
    for line in summary_lines(result, lang):
        _echo(line)
    if result.reference is not None:
        from qa_budget.published import check_run
        from qa_budget.texts import label

        check = check_run(result.reference, result.reconciliation, result.allocation)
        _echo(
            label("cli_published", lang).format(
                file=result.reference.file, differences=check.differences, flaws=check.flaws
            )
        )
    if export_lp is not None:
        if not result.allocation.models:
            _echo(say("msg_cli_no_lp"))
        _print_written(qa.write_models(result, export_lp, force=force))
    _print_written(written)


def _read_and_compute(qa: Any, scenario: Any, inputs_dir: Path) -> Any:
    """Read the scenario's inputs and compute it, each a stage told on stderr."""
    with stage("read"):
        inputs = qa.read_inputs(inputs_dir, scenario.inputs)
    with stage("compute"):
        return qa.compute(scenario, inputs)


def _with_previous(scenario: Any, folder: Path | None, inputs_dir: Path) -> Any:
    from qa_budget.scenario import previous_plans_given

    return scenario if folder is None else previous_plans_given(scenario, folder, inputs_dir)


def _check_out(inputs_dir: Path, out_dir: Path, name: str) -> None:
    """Refuse an output folder inside the inputs before anything is computed."""
    from qa_budget.output.write import check_out_dir

    check_out_dir(inputs_dir, out_dir)
    check_out_dir(inputs_dir, out_dir / name)  # e.g. --out . for a scenario named 'inputs'


LISTED_PER_FOLDER = 10  # more files than this in one folder with one status are counted


def _print_written(written: list[tuple[Path, str]], lang: str | None = None) -> None:
    """One line per file; a folder of many files with the same status (the faculty workbooks
    of a sector) as one counted line with its first and last file."""
    groups: dict[tuple[Path, str], list[Path]] = {}
    for path, status in written:
        groups.setdefault((path.parent, status), []).append(path)
    for (folder, status), paths in groups.items():
        word = msg(f"msg_status_{status}").text(lang or _lang())
        if len(paths) <= LISTED_PER_FOLDER:
            for path in paths:
                _echo(f"{word:9} {path}")
        else:
            files = msg(
                "msg_cli_files_in",
                n=len(paths),
                folder=f"{folder}{os.sep}",
                first=paths[0].name,
                last=paths[-1].name,
            ).text(lang or _lang())
            _echo(f"{word:9} {files}")
    if any(status == "stale" for _, status in written):
        _echo(msg("msg_cli_stale").text(lang or _lang()))


@main.command()
@click.argument(
    "scenario_paths",
    metavar="BASELINE.toml OTHER.toml [MORE.toml ...]",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path),
)
@inputs_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("outputs"),
    show_default=True,
    help="Folder for the outputs; the workbook goes to <out>/comparison/<A>--<B>.xlsx.",
)
@force_option
@lang_option
@previous_option
@click.option("--solver", type=click.Choice(["highs", "cbc"]), default="highs", show_default=True)
@progress_option
def compare(
    scenario_paths: tuple[Path, ...],
    inputs_dir: Path,
    out_dir: Path,
    force: bool,
    lang: str,
    previous_plans: Path | None,
    solver: str,
    show_progress: bool | None,
) -> None:
    """Compare scenarios side by side in one workbook for the council; the first is the baseline."""
    if len(scenario_paths) < 2:
        raise click.UsageError(say("msg_cli_two_scenarios"))
    import qa_budget.api as qa

    scenarios = [
        _with_previous(qa.load_scenario(p), previous_plans, inputs_dir) for p in scenario_paths
    ]
    read: dict[str, qa.InputSet] = {}  # scenarios that name the same files share one reading
    results = []
    with _telling(lang, show_progress):
        for scenario in scenarios:
            files = scenario.inputs.model_dump_json()
            if files not in read:
                with stage("read"):
                    read[files] = qa.read_inputs(inputs_dir, scenario.inputs)
            with stage(f"compute:{scenario.name}"):
                results.append(qa.compute(scenario, read[files], qa.Options(solver=solver)))
        comparison = qa.compare(results)
        with stage("council"):
            written = qa.write_comparison(comparison, out_dir, force=force, lang=lang)
    # the warnings of every scenario, as `run` prints them; those of the shared inputs once
    _print_problems([], _once(p for r in results for p in r.warnings), lang)
    from qa_budget.report.overview.book import shown_years
    from qa_budget.texts import format_number, label

    names = comparison.names
    _echo(label("cli_compared", lang).format(baseline=names[0], others=", ".join(names[1:])))
    _echo(f"{label('cli_unit_allocations', lang):<26}" + "".join(f"{n:>18}" for n in names))
    # in k EUR as each scenario's overview shows them (rounded so that its columns add up)
    shown = [
        {y.year: y.unit_allocations for y in shown_years(r.reconciliation, r.allocation)}
        for r in comparison.results
    ]
    for year in comparison.years:
        totals = [format_number(by_year[year], lang) for by_year in shown]
        _echo(f"{year:<26}" + "".join(f"{v:>18}" for v in totals))
    _print_written(written)


@main.command()
@click.argument("scenario_path", metavar="SCENARIO.toml", type=click.Path(path_type=Path))
@inputs_option
@_lang_option("Language of the note, the trace and the messages.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["note", "md", "json"]),
    default="note",
    show_default=True,
    help="note: the method note; json: the algorithm-register record (docs/register.md); md: "
    "the same record as a page for the council.",
)
@click.option(
    "--check",
    is_flag=True,
    help="List the organisation fields (register.toml) that are missing or stale; exit 1 when "
    "the register record is not publishable.",
)
@click.option(
    "--on",
    "on",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Judge staleness as of this date, YYYY-MM-DD (default: today).",
)
@click.option("--unit", default=None, help="Trace how this unit's figure came about (with --year).")
@click.option("--year", type=int, default=None, help="The year of the trace.")
@click.option("--solver", type=click.Choice(["highs", "cbc"]), default="highs", show_default=True)
def explain(
    scenario_path: Path,
    inputs_dir: Path,
    lang: str,
    fmt: str,
    check: bool,
    on: Any,
    unit: str | None,
    year: int | None,
    solver: str,
) -> None:
    """Explain a scenario in plain language: method note, register record, or a unit's trace."""
    import qa_budget.api as qa
    from qa_budget import explain as ex

    if (unit is None) != (year is None):
        raise click.UsageError(say("msg_cli_unit_year"))
    if check and unit is not None:
        raise click.UsageError(say("msg_cli_check_unit"))
    if unit is not None and fmt != "note":
        raise click.UsageError(say("msg_cli_unit_format", fmt=fmt))
    scenario = qa.load_scenario(scenario_path)
    inputs = qa.read_inputs(inputs_dir, scenario.inputs)
    result = qa.compute(scenario, inputs, qa.Options(solver=solver))
    if unit is not None and year is not None:
        for line in ex.unit_trace(result, unit, year, lang):
            _echo(line)
        return
    if not check and fmt == "note":
        _echo(ex.markdown(result, lang), nl=False)
        return
    record = qa.register_record(result, lang, on.date() if on else None)
    n = len(record.findings)
    if check:
        for finding in record.findings:
            _echo(finding.text(lang))
        if not record.publishable:
            key = "msg_cli_not_publishable" + ("_one" if n == 1 else "")
            _secho(say(key, n=n, file=inputs_dir / record.file), fg="red", err=True)
            raise SystemExit(1)
        _secho(say("msg_cli_publishable", file=inputs_dir / record.file, lang=lang), fg="green")
        return
    if fmt == "json":
        _echo(record.to_json(), nl=False)
    else:
        from qa_budget.register.page import markdown

        _echo(markdown(record), nl=False)
    if not record.publishable:
        key = "msg_cli_record_unpublishable" + ("_one" if n == 1 else "")
        _secho(say(key, n=n, scenario=scenario_path), err=True)


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--inputs",
    "inputs_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Input folder to check against (default: the one recorded in run.json).",
)
@click.option(
    "--scenario",
    "scenario_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Scenario file (default: the one recorded in run.json).",
)
@check_lang_option
def verify(folder: Path, inputs_dir: Path | None, scenario_path: Path | None, lang: str) -> None:
    """Prove that FOLDER (outputs/<scenario>/) is what the engine produces from its inputs."""
    from qa_budget.verify import verify as verify_folder

    report = verify_folder(folder, inputs_dir, scenario_path)
    for line in report.text(lang):
        _echo(line)
    if not report.ok:
        _secho(say("msg_cli_verify_failed"), fg="red", err=True)
        raise SystemExit(1)
    _secho(say("msg_cli_verified"), fg="green")


@main.command()
@click.option(
    "--sizes",
    default="example,200x10,2000x10",
    show_default=True,
    help="Comma-separated sizes: 'example' or UNITSxYEARS.",
)
@click.option("--measures", default=25, show_default=True, help="Measures per unit.")
@click.option("--repeat", default=3, show_default=True, help="Best of N for in-process stages.")
@click.option(
    "--work",
    type=click.Path(path_type=Path),
    default=Path("bench-data"),
    show_default=True,
    help="Folder for the generated inputs (kept between runs).",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path),
    default=Path("bench.json"),
    show_default=True,
    help="Where to write the figures.",
)
def bench(sizes: str, measures: int, repeat: int, work: Path, json_path: Path) -> None:
    """Time whole commands and their stages at several sizes, each against a floor measured
    right beside it; progress goes to stderr, the table to stdout."""
    from qa_budget.bench import run_bench, table, write_json

    record = run_bench(_sizes(sizes), work, measures, repeat, lambda line: _echo(line, err=True))
    for line in table(record):
        _echo(line)
    write_json(record, json_path)
    _echo(f"written   {json_path}")


@main.command()
@click.argument("scenario_path", metavar="SCENARIO.toml", type=click.Path(path_type=Path))
@click.option(
    "--year",
    type=int,
    default=None,
    help="Year of the per-unit monitoring (default: the latest year with a report).",
)
@click.option(
    "--moment",
    type=click.Choice(["mei", "september", "definitief", "may", "sep", "sept", "final"]),
    default=None,
    help="Reporting moment that is due: mei (May), september or definitief (final, in March); "
    "default: the latest one any unit reported.",
)
@inputs_option
@out_option
@force_option
@lang_option
@progress_option
def monitor(
    scenario_path: Path,
    year: int | None,
    moment: str | None,
    inputs_dir: Path,
    out_dir: Path,
    force: bool,
    lang: str,
    show_progress: bool | None,
) -> None:
    """Compare budget with realised spending: write monitoring.xlsx (needs realised.xlsx)."""
    import qa_budget.api as qa
    from qa_budget.monitoring.core import summary_lines

    scenario = qa.load_scenario(scenario_path)
    _check_out(inputs_dir, out_dir, scenario.name)
    if moment is not None:
        from qa_budget.inputs.contracts import MOMENT_ALIASES

        moment = MOMENT_ALIASES.get(moment, moment)
    with _telling(lang, show_progress):
        result = _read_and_compute(qa, scenario, inputs_dir)
        with stage("write"):
            monitoring = qa.monitor(result, year, moment)
            written = qa.write_monitoring(result, monitoring, out_dir, force=force, lang=lang)
    _print_problems([], [*result.warnings, *monitoring.warnings], lang)
    for line in summary_lines(result, monitoring, lang):
        _echo(line)
    _print_written(written)


@main.command()
@click.argument("scenario_path", metavar="SCENARIO.toml", type=click.Path(path_type=Path))
@click.option("--year", type=int, required=True, help="The year reported on, e.g. 2020.")
@inputs_option
@out_option
@force_option
@lang_option
@progress_option
def progress(
    scenario_path: Path,
    year: int,
    inputs_dir: Path,
    out_dir: Path,
    force: bool,
    lang: str,
    show_progress: bool | None,
) -> None:
    """Write the progress report of a year for the annual report (needs indicators.xlsx and
    realised.xlsx): progress-<year>.docx and progress-<year>.xlsx."""
    import qa_budget.api as qa

    scenario = qa.load_scenario(scenario_path)
    _check_out(inputs_dir, out_dir, scenario.name)
    with _telling(lang, show_progress):
        result = _read_and_compute(qa, scenario, inputs_dir)
        with stage("write"):
            report = qa.progress(result, year)
            written = qa.write_progress(result, report, out_dir, force=force, lang=lang)
    _print_problems([], [*result.warnings, *report.gaps], lang)
    from qa_budget.texts import label

    shown = sum(1 for f in report.indicators.figures.values() if f.year <= year)
    text = label("cli_progress", lang).format(
        year=year,
        name=scenario.name,
        indicators=len(report.indicators.definitions),
        figures=shown,
        gaps=len(report.gaps),
    )
    click.echo(text)
    _print_written(written)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the scenario file format."""
    from qa_budget.scenario import scenario_json_schema

    sys.stdout.write(scenario_json_schema())
