"""Storage in one place: engine, ORM mappings, migrations, transactions with undo capture."""

from coding.store.project import Project, ProjectError, Transaction

__all__ = ["Project", "ProjectError", "Transaction"]
