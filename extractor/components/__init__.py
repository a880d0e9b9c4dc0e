"""The project's spaCy components, one module each; importing registers the factories."""

from . import actions, agencies, aliases, attributes, boundaries, dates, organizations, ownership, reparse  # noqa: F401
