"""broadsheet core: read, clean, index and search news articles. Never imports the TUI."""
