"""Tests of the analysis layer: stories."""
