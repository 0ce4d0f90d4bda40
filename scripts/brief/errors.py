"""Errors a user can act on.

The CLI and the MkDocs hook print them as one line, never a traceback.
"""


class BriefError(Exception):
    """A seed or sidecar that cannot be turned into a brief; the message names the reason."""


class NoArticleError(BriefError):
    """The dump holds no text that looks like an article."""
