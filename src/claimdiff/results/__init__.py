"""Results and their storage: judged claims in; scores, reports (text, Markdown, JSON),
exports and the reviewer's saved reviews out."""
