"""The keys of `claimdiff check --format json`, as the README documents them."""

ARTICLE_KEYS = {"path", "title", "accuracy", "reports_study", "counts", "claims", "dropped"}
CLAIM_KEYS = {"text", "start", "end", "fact", "facts", "similarity", "verdict", "reasons"}
