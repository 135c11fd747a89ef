"""Analysis over the corpus: stories (articles grouped into the news events they report)."""
