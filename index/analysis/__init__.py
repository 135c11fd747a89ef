"""Analyses over cleaned articles: comparison, quotations, stories."""
