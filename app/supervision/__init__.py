"""The supervisor review loop in the GUI: review mode, the Review dock, comment and import dialogs."""
