"""Qt user interface and the ``kondens`` command line."""

__version__ = "0.1.0"
