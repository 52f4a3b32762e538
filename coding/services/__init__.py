"""Named write services. Each takes a Project, runs one transaction and returns ``Changes``.

Widgets never touch sessions or SQL: they call these (through undo commands in the UI).
"""
