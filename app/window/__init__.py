"""Pieces of the main window: models and small widgets the shell is built from."""
