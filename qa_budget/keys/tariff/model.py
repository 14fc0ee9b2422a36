"""The tariff key as written in a scenario file, and its place in the key interface.

The optimiser itself (allocate.py, lp.py, clamp.py, band.py) is imported only when a tariff
scenario is computed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, InstanceOf, field_serializer, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from qa_budget.allocation import Allocation
from qa_budget.errors import ScenarioError, msg
from qa_budget.fields import Money, Name, Pct, Strict, Weight, YearOrAll
from qa_budget.inputs.tables import Inputs
from qa_budget.keys.base import DistributionKey, KeyContext
from qa_budget.money import eur_to_cents
from qa_budget.scenario_errors import rule
from qa_budget.texts import TIERS, by_year, format_money, format_number, format_percent, label

Tier = Literal["laag", "hoog", "top"]


def _money(value: Decimal | None, lang: str) -> str:
    return format_money(eur_to_cents(value or 0), lang)


class TariffKey(DistributionKey):
    """Tariff differentiation: different amounts per student by funding tier (and unit)."""

    kind: Literal["tariff"]
    """Distribution key kind: "tariff" (amounts per student differ by funding tier)."""

    weights: dict[Tier, Weight] | None = None
    """Relative weight per funding tier, e.g. {laag = 1, hoog = 1.5, top = 3}. The base tariff
    (EUR per weighted student) follows from the pool. Give `weights` or `tariffs`."""

    tariffs: dict[Tier, Money] | None = None
    """Explicit EUR per student per funding tier, e.g. {laag = 450, hoog = 675, top = 1350}.
    Their ratios act as weights; the default pool is then the formula total."""

    unit_weights: dict[str, Weight] = Field(default_factory=dict)
    """Optional extra weight per unit code (multiplies the tier weights), e.g. {LUMC = 1.2}."""

    pool: Literal["baseline", "amount", "kadernota_minus_central", "formula"] | None = None
    """What to distribute over the units each year: "baseline" (the baseline scenario's unit
    total; default with `weights`), "amount" (`pool_amount`), "kadernota_minus_central" (the
    kadernota minus central initiatives charged), or "formula" (tariffs × students; default
    with `tariffs`)."""

    pool_amount: dict[YearOrAll, Money] = Field(default_factory=dict)
    """With pool = "amount": EUR per year, e.g. {2024 = 15800000}, or {all = 15800000}."""

    baseline: Name | SkipJsonSchema[InstanceOf[Strict]] = "uniform-500"
    """Scenario (file name without .toml, in the same folder) that floors, caps and the pool
    are measured against."""

    objective: Literal["tariff_ratios", "min_max_change", "closest_to_weights"] = "tariff_ratios"
    """"tariff_ratios": every unit gets base tariff × its weighted students, clamped to its
    floor and cap; the base tariff moves so the pool is spent exactly. "min_max_change": first
    make the largest relative change against the baseline as small as possible, then, within
    that band, distribute by tariff ratios as above. "closest_to_weights": make the largest
    relative deviation from the target amounts (the pool shared by weighted students) as small
    as possible, then distribute within that band by tariff ratios; it gives the same
    allocation as "tariff_ratios" (docs/scenarios.md), computed another way."""

    max_loss_pct: Pct | None = None
    """Floor: no unit gets less than the baseline minus this percentage."""

    max_gain_pct: Pct | None = None
    """Cap: no unit gets more than the baseline plus this percentage."""

    max_loss_eur: Money | None = None
    """Floor in EUR: no unit loses more than this amount against the baseline."""

    max_gain_eur: Money | None = None
    """Cap in EUR: no unit gains more than this amount against the baseline."""

    max_yearly_change_pct: Pct | None = None
    """Limit on a unit's change from one scenario year to the next, in % of the earlier year."""

    @field_validator("baseline")
    @classmethod
    def _a_scenario(cls, value: Any) -> Any:
        if not isinstance(value, str) and not (hasattr(value, "key") and hasattr(value, "years")):
            raise rule("msg_scn_baseline_kind")
        return value

    @field_serializer("baseline")
    def _baseline_name(self, value: Any) -> str:
        return value if isinstance(value, str) else str(value.name)

    @model_validator(mode="after")
    def _consistent(self) -> TariffKey:
        if (self.weights is None) == (self.tariffs is None):
            raise rule("msg_scn_weights_or_tariffs")
        if self.pool == "formula" and self.tariffs is None:
            raise rule("msg_scn_formula_tariffs")
        if (self.pool == "amount") != bool(self.pool_amount):
            raise rule("msg_scn_amount_pool")
        return self

    @property
    def baseline_name(self) -> str:
        """The baseline scenario's name."""
        return self._baseline_name(self.baseline)

    @property
    def pool_kind(self) -> str:
        """The pool, with its default filled in."""
        return self.pool or ("formula" if self.tariffs is not None else "baseline")

    @property
    def tier_weights(self) -> dict[str, Decimal]:
        """Weights per tier (the tariffs themselves when explicit tariffs are given)."""
        chosen = self.weights if self.weights is not None else self.tariffs
        assert chosen is not None  # the model validator guarantees one of them
        return {str(tier): value for tier, value in chosen.items()}

    @property
    def has_limits(self) -> bool:
        """True when any floor, cap or yearly limit is set."""
        return any(
            v is not None
            for v in (
                self.max_loss_pct,
                self.max_gain_pct,
                self.max_loss_eur,
                self.max_gain_eur,
                self.max_yearly_change_pct,
            )
        )

    def baseline_scenario(self) -> Any:
        """The baseline Scenario (resolved from its name when the scenario file was loaded)."""
        if isinstance(self.baseline, str):
            raise ScenarioError(
                "scenario",
                [msg("msg_key_baseline_name", name=self.baseline)],
            )
        return self.baseline

    def allocate(self, ctx: KeyContext) -> Allocation:
        """Tariffs, floors and caps per year (allocate.py)."""
        from qa_budget.keys.tariff.allocate import allocate_tariff

        assert ctx.baseline is not None  # the pipeline computes the baseline first
        return allocate_tariff(ctx, self)

    def sentence(self, lang: str) -> str:
        """The key in one plain sentence: tiers, floors and caps, pool, objective."""
        limits = "; ".join(
            label("param_limit", lang).format(name=label(f"limit_{kind}", lang), text=text)
            for kind, text in self.limits(lang).items()
        )
        return label("method_tariff", lang).format(
            weights=self._weights(lang),
            limits=limits or label("method_no_limits", lang),
            pool=self.pool_words(lang),
            objective=label(f"objective_{self.objective}", lang),
        )

    def _weights(self, lang: str) -> str:
        """'laag 1, hoog 1,5, top 3' (or the tariffs in EUR), tiers named in the language."""
        if self.tariffs is not None:
            return ", ".join(
                f"{TIERS[t][lang]} {format_money(eur_to_cents(v), lang)}"
                for t, v in self.tariffs.items()
            )
        return ", ".join(
            f"{TIERS[t][lang]} {format_number(w, lang)}" for t, w in self.tier_weights.items()
        )

    def pool_words(self, lang: str) -> str:
        """What the key shares over the units each year, in words."""
        kind = self.pool_kind
        if kind == "baseline":
            return label("pool_baseline", lang).format(baseline=self.baseline_words(lang))
        if kind == "amount":
            amounts = ", ".join(
                f"{year} {_money(value, lang)}" for year, value in by_year(self.pool_amount, lang)
            )
            return label("pool_amount", lang).format(amounts=amounts)
        return label(f"pool_{kind}", lang)

    def parameters(self, lang: str) -> list[str]:
        """Weights or tariffs, unit weights, pool, objective and every limit, in words."""
        if self.tariffs is not None:
            out = [label("param_tariffs", lang).format(tariffs=self._weights(lang))]
        else:
            out = [label("param_weights", lang).format(weights=self._weights(lang))]
        if self.unit_weights:
            weights = ", ".join(
                f"{u} × {format_number(w, lang)}" for u, w in self.unit_weights.items()
            )
            out.append(label("param_unit_weights", lang).format(weights=weights))
        out.append(label("param_pool", lang).format(pool=self.pool_words(lang)))
        objective = label(f"objective_{self.objective}", lang)
        out.append(label("param_objective", lang).format(objective=objective))
        out += [
            label("param_limit", lang).format(name=label(f"limit_{kind}", lang), text=text)
            for kind, text in self.limits(lang).items()
        ]
        return out

    def limits(self, lang: str) -> dict[str, str]:
        """Floors, caps, the yearly limit and the band of a min-max objective, in words."""
        baseline = self.baseline_words(lang)
        both = label("limit_and", lang)

        def pct(value: Decimal | None) -> list[str]:
            return [] if value is None else [format_percent(value, lang)]

        def eur(value: Decimal | None) -> list[str]:
            return [] if value is None else [_money(value, lang)]

        out: dict[str, str] = {}
        loss = pct(self.max_loss_pct) + eur(self.max_loss_eur)
        if loss:
            out["floor"] = label("limit_loss", lang).format(
                amount=both.join(loss), baseline=baseline
            )
        gain = pct(self.max_gain_pct) + eur(self.max_gain_eur)
        if gain:
            out["cap"] = label("limit_gain", lang).format(amount=both.join(gain), baseline=baseline)
        if self.max_yearly_change_pct is not None:
            yearly = format_percent(self.max_yearly_change_pct, lang)
            out["yearly-floor"] = label("limit_fall", lang).format(amount=yearly)
            out["yearly-cap"] = label("limit_rise", lang).format(amount=yearly)
        if self.objective == "min_max_change":
            out["band"] = label("limit_band_baseline", lang).format(baseline=baseline)
        elif self.objective == "closest_to_weights":
            out["band"] = label("limit_band_targets", lang)
        return out

    def baseline_words(self, lang: str) -> str:
        """The baseline as a reader knows it: 'uniform EUR 500 per EEA student' when it is the
        uniform key, else its title (or name)."""
        if isinstance(self.baseline, str):
            return self.baseline
        amount = getattr(getattr(self.baseline, "key", None), "amount_cents", None)
        if isinstance(amount, int):
            return label("limit_baseline_uniform", lang).format(amount=format_money(amount, lang))
        return str(getattr(self.baseline, "display_title", self.baseline_name))

    def explanation(self, lang: str) -> str:
        """Weighted students, the base tariff, floors and caps, the pool spent exactly; every
        number in the language's format."""
        tiers = {t: TIERS[t][lang] for t in self.tier_weights}
        if self.tariffs is not None:
            weights = (
                label("key_tariff_tariffs", lang)
                + " "
                + ", ".join(
                    f"{tiers[t]} {format_money(eur_to_cents(v), lang)}"
                    for t, v in self.tariffs.items()
                )
            )
        else:
            weights = (
                label("key_tariff_weights", lang)
                + " "
                + ", ".join(
                    f"{tiers[t]} {format_number(w, lang)}" for t, w in self.tier_weights.items()
                )
            )
        if self.unit_weights:
            weights += "; " + ", ".join(
                f"{u} × {format_number(w, lang)}" for u, w in self.unit_weights.items()
            )
        text = label("key_tariff_explained", lang).format(weights=weights)
        limits = [
            label(f"key_limit_{name}", lang).format(value=shown)
            for name, value, shown in (
                ("loss_pct", self.max_loss_pct, f"{format_number(self.max_loss_pct or 0, lang)}%"),
                ("gain_pct", self.max_gain_pct, f"{format_number(self.max_gain_pct or 0, lang)}%"),
                ("loss_eur", self.max_loss_eur, _money(self.max_loss_eur, lang)),
                ("gain_eur", self.max_gain_eur, _money(self.max_gain_eur, lang)),
                (
                    "yearly_pct",
                    self.max_yearly_change_pct,
                    f"{format_number(self.max_yearly_change_pct or 0, lang)}%",
                ),
            )
            if value is not None
        ]
        if limits:
            text += " " + label("key_tariff_limits", lang).format(
                baseline=self.baseline_name, limits="; ".join(limits)
            )
        return text

    def trace(
        self, allocation: Allocation, inputs: Inputs, unit: str, year: int, lang: str = "en"
    ) -> list[str]:
        """Weighted students, base tariff, formula, floor or cap, rounding, change."""
        from qa_budget.keys.tariff.allocate import trace

        return trace(self, allocation, inputs, unit, year, lang)
