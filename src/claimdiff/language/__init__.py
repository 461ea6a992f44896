"""Study-independent language reading shared by the stages: normalised tokens, sentences,
quantities, scope words, and the cue reader (`lexicon`: word lists and phrase matching;
`clauses`: which words carry the main proposition; `cues`: certainty, causal strength and
scope of a sentence)."""
