"""Analyses over articles: comparison, stories, quotes."""
