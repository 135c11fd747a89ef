"""Analysis over cleaned articles: comparison, quotations and (later) stories."""
