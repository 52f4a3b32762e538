"""Export menu, REFI-QDA import and the quotes dock. Entry point: :func:`app.exports.install.install`."""
