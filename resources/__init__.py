"""Bundled data: demo interviews, gazetteers, translations, icons."""
