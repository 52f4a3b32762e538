"""Theme areas, condensation, snapshots, recontextualisation and the cross-case matrix (Qt views)."""
