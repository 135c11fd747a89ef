"""Widgets of the reader: the article list, the reading pane and what they share."""
