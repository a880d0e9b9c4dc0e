"""The project's spaCy components, one module each; importing registers the factories."""

from . import actions, agencies, aliases, dateline, dates, organizations, ownership  # noqa: F401
