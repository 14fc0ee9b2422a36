"""The tariff models of lp.py handed to HiGHS as arrays: the same variables, constraint families
and scaling, built without a modelling layer (building the model in PuLP took longer than
solving it). lp.py still builds the named PuLP model for CBC and for `--export-lp`; the tests
hold the two to the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from qa_budget.keys.tariff.quiet import quiet_stdout

INF = float("inf")


class _Rows:
    """Constraint rows, row-wise: lower ≤ Σ value × column ≤ upper."""

    def __init__(self) -> None:
        self.start = [0]
        self.index: list[int] = []
        self.value: list[float] = []
        self.lower: list[float] = []
        self.upper: list[float] = []

    def add(self, terms: Sequence[tuple[int, float]], lower: float, upper: float) -> None:
        for col, coef in terms:
            self.index.append(col)
            self.value.append(coef)
        self.start.append(len(self.index))
        self.lower.append(lower)
        self.upper.append(upper)


def _solve(
    cost: list[float], lower: list[float], upper: list[float], rows: _Rows, maximise: bool
) -> list[float] | None:
    """The optimal column values, or None when HiGHS reports no optimum."""
    import highspy

    with quiet_stdout():  # HiGHS prints a banner when an instance is made
        h = highspy.Highs()  # type: ignore[no-untyped-call]
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("primal_feasibility_tolerance", 1e-9)
    h.setOptionValue("dual_feasibility_tolerance", 1e-9)
    lp = highspy.HighsLp()
    lp.num_col_ = len(cost)
    lp.num_row_ = len(rows.lower)
    lp.col_cost_ = np.array(cost, dtype=np.float64)
    lp.col_lower_ = np.array(lower, dtype=np.float64)
    lp.col_upper_ = np.array(upper, dtype=np.float64)
    lp.row_lower_ = np.array(rows.lower, dtype=np.float64)
    lp.row_upper_ = np.array(rows.upper, dtype=np.float64)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.array(rows.start, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(rows.index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(rows.value, dtype=np.float64)
    lp.sense_ = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
    with quiet_stdout():
        h.passModel(lp)
        h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return list(h.getSolution().col_value)


def tariff_ratios(
    weights: Sequence[Fraction],
    floors: Sequence[int],
    caps: Sequence[int | None],
    pool: int,
    capped: set[int],
    t_upper: float,
    weight_shares: Sequence[float],
) -> float | None:
    """lp.build_problem as arrays: maximise t; pool, floors, caps fixed, tariff shares. Returns
    t (a multiple of the average tariff), or None without an optimum."""
    n = len(weights)
    scale = max(pool, 1)
    rows = _Rows()
    rows.add([(i, 1.0) for i in range(n)], 1.0 if pool else 0.0, 1.0 if pool else 0.0)
    for i, low in enumerate(floors):
        if low > 0:
            rows.add([(i, 1.0)], low / scale, INF)
    for i in sorted(capped):
        cap = caps[i]
        if cap is not None:
            rows.add([(i, 1.0)], cap / scale, cap / scale)
    for i, share in enumerate(weight_shares):
        if i not in capped and share > 0:
            rows.add([(i, 1.0), (n, -share)], 0.0, INF)
    cost = [0.0] * n + [1.0]
    solution = _solve(cost, [0.0] * (n + 1), [INF] * n + [t_upper], rows, maximise=True)
    return None if solution is None else solution[n]


def min_max_change(
    floors: Sequence[int],
    caps: Sequence[int | None],
    pool: int,
    reference: Sequence[Fraction],
) -> float | None:
    """lp.build_change_problem as arrays: minimise z; pool, floors, caps, |a − r| ≤ z × r.
    Returns z, or None without an optimum."""
    n = len(floors)
    scale = max(pool, 1)
    rows = _Rows()
    rows.add([(i, 1.0) for i in range(n)], 1.0 if pool else 0.0, 1.0 if pool else 0.0)
    for i, low in enumerate(floors):
        if low > 0:
            rows.add([(i, 1.0)], low / scale, INF)
    for i, cap in enumerate(caps):
        if cap is not None:
            rows.add([(i, 1.0)], -INF, cap / scale)
    for i, r in enumerate(reference):
        if r <= 0:
            continue
        share = float(Fraction(r) / scale)
        rows.add([(i, 1.0), (n, -share)], -INF, share)
        rows.add([(i, 1.0), (n, share)], share, INF)
    cost = [0.0] * n + [1.0]
    solution = _solve(cost, [0.0] * (n + 1), [INF] * n + [1000.0], rows, maximise=False)
    return None if solution is None else solution[n]
