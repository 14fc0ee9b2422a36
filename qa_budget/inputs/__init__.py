"""Reading and validating the input workbooks."""

from qa_budget.inputs.model import Inputs, load_inputs

__all__ = ["Inputs", "load_inputs"]
