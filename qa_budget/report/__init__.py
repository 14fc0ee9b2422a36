"""Workbook writers per audience, and the safe-write machinery they share."""
