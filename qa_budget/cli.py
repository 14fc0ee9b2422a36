"""The `qa-budget` command: parse options, call one core function, print the result.

Exit codes: 0 success; 1 input, scenario or output error; 2 usage error; 3 infeasible
scenario; 4 unexpected internal error (rerun with --debug for the traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from qa_budget import __version__
from qa_budget.errors import InputErrors, Problem, QaBudgetError, ScenarioError

EXIT_INTERNAL = 4


class Group(click.Group):
    """Turns the project's errors into messages and exit codes, here and only here."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except InputErrors as err:
            _print_problems(err.problems, err.warnings)
            click.secho(
                f"{err} — nothing was written. Fix the cells above and run again "
                "(`qa-budget validate` checks without running).",
                fg="red",
                err=True,
            )
            ctx.exit(err.exit_code)
        except ScenarioError as err:
            click.secho(f"Scenario {err.path}:", fg="red", err=True)
            for message in err.messages:
                click.echo(f"  {message}", err=True)
            ctx.exit(err.exit_code)
        except QaBudgetError as err:
            click.secho(f"Error: {err}", fg="red", err=True)
            ctx.exit(err.exit_code)
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.secho(
                f"Internal error: {type(err).__name__}: {err}".splitlines()[0], fg="red", err=True
            )
            click.echo(
                "This is a bug in qa-budget, not in your inputs. Rerun with "
                "`qa-budget --debug ...` for the traceback and report it.",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)


def _print_problems(errors: list[Problem], warnings: list[Problem]) -> None:
    for p in errors:
        click.echo(f"error: {p}", err=True)
    for p in warnings:
        click.echo(f"warning: {p}", err=True)


def _years(text: str) -> list[int]:
    try:
        if "-" in text:
            a, b = (int(x) for x in text.split("-", 1))
            years = list(range(a, b + 1))
        else:
            years = [int(x) for x in text.split(",")]
    except ValueError:
        raise click.BadParameter(
            f"expected years like 2022-2024 or 2022,2023, got {text!r}"
        ) from None
    if not years or not all(2000 <= y <= 2100 for y in years):
        raise click.BadParameter(f"expected years between 2000 and 2100, got {text!r}")
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
lang_option = click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    default="nl",
    show_default=True,
    help="Language of the workbooks: sheet names, headers, theme names and texts.",
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
def init(folder: Path, example: bool, years: str, force: bool) -> None:
    """Write input templates (or the bundled example) into FOLDER."""
    from qa_budget.templates import write_inputs

    done = write_inputs(folder, example=example, years=_years(years), force=force)
    for path, status in done:
        click.echo(f"{status:9} {path}")
    what = "the bundled example" if example else "empty templates"
    click.echo(f"Wrote {what} to {folder}/. Next: qa-budget validate --inputs {folder}")


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
def validate(inputs_dir: Path, scenario_path: Path | None) -> None:
    """Check every input workbook and report every problem with its location."""
    from qa_budget.pipeline import validate as validate_inputs

    warnings = validate_inputs(inputs_dir, scenario_path)
    _print_problems([], warnings)
    n = len(warnings)
    click.secho(
        f"OK: no errors in {inputs_dir}/"
        + (f", {n} warning{'s' * (n != 1)} to look at" if n else ""),
        fg="green",
    )


@main.command()
@click.argument("scenario_path", metavar="SCENARIO.toml", type=click.Path(path_type=Path))
@inputs_option
@out_option
@force_option
@lang_option
def run(scenario_path: Path, inputs_dir: Path, out_dir: Path, force: bool, lang: str) -> None:
    """Run a scenario: allocate, reconcile and write the overview and faculty workbooks."""
    from qa_budget.pipeline import run as run_scenario
    from qa_budget.report.overview import shown_years

    result = run_scenario(scenario_path, inputs_dir, out_dir, force=force, lang=lang)
    _print_problems([], result.warnings)
    click.echo(f"Scenario {result.scenario.name}: {result.scenario.display_title}")
    click.echo(f"Key: {result.allocation.method}")
    header = ("Year", "Revenue", "Allocated", "Still to allocate", "Result")
    click.echo("k EUR   " + "".join(f"{h:>19}" for h in header[1:]))
    for y in shown_years(result.reconciliation, result.allocation):
        row = (y.rijksbijdrage, y.allocated, y.still_to_allocate, y.result)
        click.echo(f"{y.year:<8}" + "".join(f"{v:>19,}" for v in row))
    checks = result.reconciliation.checks
    click.echo(
        f"Checks: {sum(c.ok for c in checks)}/{len(checks)} identities hold to the cent "
        "(revenue = unit allocations + central + still to allocate)."
    )
    if result.reference is not None:
        from qa_budget.published import check_run

        check = check_run(result.reference, result.reconciliation, result.allocation)
        click.echo(
            f"Published table ({result.reference.file}): {check.differences} figure(s) differ "
            f"from the computed ones, {check.flaws} flaw(s) in the table itself "
            "(flagged in overview.xlsx)."
        )
    for path, status in result.written:
        click.echo(f"{status:9} {path}")


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
def compare(
    scenario_paths: tuple[Path, ...], inputs_dir: Path, out_dir: Path, force: bool, lang: str
) -> None:
    """Compare scenarios side by side in one workbook for the council; the first is the baseline."""
    if len(scenario_paths) < 2:
        raise click.UsageError("give at least two scenario files: the baseline, then the others")
    from qa_budget.compare import run_comparison

    comparison = run_comparison(list(scenario_paths), inputs_dir, out_dir, force=force, lang=lang)
    names = comparison.names
    click.echo(f"Baseline: {names[0]}; compared: {', '.join(names[1:])}")
    click.echo("Unit allocations, k EUR " + "".join(f"{n:>18}" for n in names))
    for year in comparison.years:
        totals = [r.allocation.total(year) / 100_000 for r in comparison.results]
        click.echo(f"{year:<24}" + "".join(f"{v:>18,.0f}" for v in totals))
    for path, status in comparison.written:
        click.echo(f"{status:9} {path}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the scenario file format."""
    from qa_budget.scenario import scenario_json_schema

    sys.stdout.write(scenario_json_schema())
