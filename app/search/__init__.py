"""The search dock: query box, keyword-in-context results, per-informant counts, code from results."""
