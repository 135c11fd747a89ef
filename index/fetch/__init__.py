"""Bring the news in: follow feeds and fetch pages, politely, into the corpus folder.

Headless, and offline until `index.fetch.run.fetch` is called: importing this package
loads neither httpx nor feedparser.
"""
