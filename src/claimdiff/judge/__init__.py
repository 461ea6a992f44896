"""Judgement: an aligned claim in, a `Judgement` (fact, verdict, reasons) out."""
