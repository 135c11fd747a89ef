"""Reading a corpus: finding its files, decoding and sanitising them, one reader per format."""
