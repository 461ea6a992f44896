"""Reading: a file (text, Markdown, HTML) in, a `Document` out (decoded text, title, block
layout)."""
