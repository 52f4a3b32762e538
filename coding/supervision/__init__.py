"""The supervisor review loop: review copies, comment threads, suggestions, and their return.

A student sends a *review copy* (``.kondensreview``: a zip with a manifest, the de-identified
``project.db`` and the supervisor's comments as they add them). The supervisor returns a small
*comments file* (``.kondenscomments``, JSON) that the student imports. Comments are anchored by GUID
and keep enough context (names, quoted text, line numbers) to be shown when the anchor is gone.

Modules: :mod:`.model` (comments, anchors, suggestions as plain data), :mod:`.files` (the two file
formats, versioned), :mod:`.anchors` (building and resolving anchors), :mod:`.export` (the review
copy), :mod:`.review_copy` (the supervisor's side), :mod:`.threads` (the student's side: import, replies,
apply/decline). No Qt here; the detector is passed in by the caller (``transcripts`` sits above).
"""
