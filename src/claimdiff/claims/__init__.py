"""Claims: a `Document` and its dropped spans in, the article's `Claim`s (sentences, headlines,
standfirsts, sub-headings) out, with offsets into the decoded text."""
