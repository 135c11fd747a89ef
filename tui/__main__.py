"""`python -m tui` runs the broadsheet command (handy where the script is not on PATH)."""

from tui.cli import main

main()
