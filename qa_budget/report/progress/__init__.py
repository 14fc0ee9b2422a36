"""The progress report (voortgangsrapportage): a Word document and a workbook with the same
tables."""
