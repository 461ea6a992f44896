"""Writing and checking fact sheets: draft one from the study's own texts, check it."""
