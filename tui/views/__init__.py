"""Widgets and screens of the reader."""
