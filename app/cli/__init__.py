"""The ``kondens`` command line. Each ``cmd_*.py`` module here registers one or more subcommands."""
