"""Searching: the query language, filters, highlights, snippets, suggestions, the searcher."""
