"""The study: a fact sheet (TOML) in, a validated `Sheet` of facts out."""
