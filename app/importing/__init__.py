"""The import dialog: choose files, preview turns and speakers, review identifiers, import off the UI thread."""
