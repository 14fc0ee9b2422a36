"""Distribution keys: from the checked inputs of a run to an allocation per unit and year.

Every key implements `DistributionKey` (base.py). The scenario format knows the keys listed in
`KEYS`; adding a key is one module plus one entry here.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from qa_budget.keys.base import DistributionKey, KeyContext
from qa_budget.keys.explicit import ExplicitKey
from qa_budget.keys.tariff import TariffKey
from qa_budget.keys.uniform import UniformKey

KEYS = (UniformKey, TariffKey, ExplicitKey)
Key = Annotated[UniformKey | TariffKey | ExplicitKey, Field(discriminator="kind")]

__all__ = ["KEYS", "DistributionKey", "ExplicitKey", "Key", "KeyContext", "TariffKey", "UniformKey"]
