"""Privacy UI: review of detections at import, redact later, withdraw an informant, linking key."""

from app.review.widget import ReviewWidget

__all__ = ["ReviewWidget"]
