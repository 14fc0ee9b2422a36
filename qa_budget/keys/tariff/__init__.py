"""Tariff differentiation: weights per funding tier, a pool, hold-harmless floors and caps,
solved per year by a linear programme and made exact in rational arithmetic."""

from qa_budget.keys.tariff.model import TariffKey

__all__ = ["TariffKey"]
