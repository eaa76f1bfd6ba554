"""Across articles: conflicts between sources (and, later, near-duplicate clustering)."""
