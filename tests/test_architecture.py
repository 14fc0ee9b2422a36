"""The shape of the package: data flows one way, and no writer reads an input.

The import graph is read from the source (every import, also inside functions; imports only
for type checkers excluded, they do not run).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "qa_budget"
READERS = (
    "qa_budget.inputs.registry",
    "qa_budget.inputs.read",
    "qa_budget.inputs.check",
    "qa_budget.inputs.readers",
    "qa_budget.inputs.source",
    "qa_budget.inputs.workbook",
    "qa_budget.inputs.safety",
    "qa_budget.inputs.layout",
    "qa_budget.inputs.privacy",
    "qa_budget.inputs.cells",
    "qa_budget.inputs.columns",
    "qa_budget.inputs.shape",
    "qa_budget.inputs.checks",
    "qa_budget.inputs.checks_optional",
)
WRITERS = ("qa_budget.report", "qa_budget.output")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Line numbers of imports inside `if TYPE_CHECKING:` blocks."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def import_graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text())
        skip = _type_checking_only(tree)
        for node in ast.walk(tree):
            if getattr(node, "lineno", None) in skip:
                continue
            if isinstance(node, ast.ImportFrom) and node.module:
                base = node.module if node.level == 0 else None
                if base is None or not base.startswith("qa_budget"):
                    continue
                graph[name].add(base)
                graph[name].update(
                    f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in modules
                )
            elif isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name.startswith("qa_budget"))
        graph[name] = {m for m in graph[name] if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for w in graph[todo.pop()]:
            if w not in seen:
                seen.add(w)
                todo.append(w)
    return seen


def test_the_import_graph_has_no_cycle() -> None:
    assert _cycles(import_graph()) == []


def test_no_writer_imports_a_reader_even_indirectly() -> None:
    graph = import_graph()
    writers = [m for m in graph if m.startswith(WRITERS)]
    assert len(writers) > 10
    found = {w: sorted(r for r in _reach(graph, w) if r.startswith(READERS)) for w in writers}
    assert {w: rs for w, rs in found.items() if rs} == {}


def test_the_cycle_detector_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
