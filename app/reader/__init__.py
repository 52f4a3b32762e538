"""The transcript reader / coding view: document, gutter, code margin, editor, actions."""
