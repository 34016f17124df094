"""claimaudit: extract the claims of health articles, flag overstated wording and check them against curated evidence."""

__version__ = "0.1.0"
