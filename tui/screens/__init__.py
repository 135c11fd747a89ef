"""The reader's screens, one a file: the reader itself, the comparison, help."""
