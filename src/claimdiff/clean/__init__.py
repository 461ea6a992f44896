"""Cleaning: a `Document` in, the `Dropped` spans that are not the article (furniture, spam,
repeats) out, each with its reason."""
