"""Errors and warnings raised by newskit.

Bad input never passes silently: it raises a :class:`NewskitError` that names the
file or version at fault, or emits a :class:`NewskitWarning` that is also recorded
on the story or version it concerns.
"""


class NewskitError(ValueError):
    """Input newskit cannot use, e.g. an empty or binary file."""


class NewskitWarning(UserWarning):
    """Input newskit can use but the reader should know about, e.g. a guessed encoding."""
