"""Alignment: claims and a `Sheet` in, for each claim the facts it may report, with similarity
and matched spans, out."""
