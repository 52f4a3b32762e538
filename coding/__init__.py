"""Analysis domain of Kondens: project store, domain model and services. Never imports Qt."""
