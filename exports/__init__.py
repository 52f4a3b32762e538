"""Exports built from stored, de-identified text: quotes, reports, spreadsheets, REFI-QDA. No Qt."""
