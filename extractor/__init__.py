"""The extractor: sanctions, export-control and investment-ban facts from English news."""

__version__ = "0.1.0"
