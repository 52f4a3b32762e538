"""Transcript readers, speaker turns, sentence lines, de-identification and the search index. No Qt."""
