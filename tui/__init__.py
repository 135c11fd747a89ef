"""broadsheet user interface: the Typer CLI and the Textual reader."""
