"""File → Restore from backup…: list the project's backups with dates and counts, restore one."""
