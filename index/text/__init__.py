"""Article text: cleaning web debris, facts from the header, Markdown, sentences."""
