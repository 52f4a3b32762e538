"""REFI-QDA exchange (.qdpx projects, .qdc codebooks): writer, reader, importer, codebook, positions."""
