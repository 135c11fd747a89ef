"""Small modal dialogs: pick an outlet, ask for a line of text."""
