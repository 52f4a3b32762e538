"""The import pipeline: :func:`plan_import` (read + propose), :func:`commit_import` (store, one
transaction), :func:`import_files` (headless batch). Original text lives only in memory."""

from transcripts.importing.batch import FileResult, import_files
from transcripts.importing.commit import build_transcript, commit_import, stored_speakers
from transcripts.importing.errors import ImportCancelled, ImportFailed
from transcripts.importing.plan import ImportPlan, SpeakerChoice, SpeakerPlan, plan_import

__all__ = ["FileResult", "ImportCancelled", "ImportFailed", "ImportPlan", "SpeakerChoice", "SpeakerPlan",
           "build_transcript", "commit_import", "import_files", "plan_import", "stored_speakers"]
