"""The workbooks, one package per audience over shared helpers (common/):

- overview/   the university overview for finance staff (overview.xlsx)
- faculty/    one workbook per faculty board (faculty/<UNIT>.xlsx)
- council/    the council's comparison pack (comparison/<A>--<B>.xlsx)
- monitoring/ budget against realised (monitoring.xlsx)

Writers take a Result (qa_budget.result) and never open an input file.
"""
