"""Study-independent language reading shared by the stages: normalised tokens, sentences,
certainty and causal cues, quantities, scope words."""
