"""Judgement: a document's claims and their `Alignment` in; for each claim the fact it
reports (a `Match`) and a `Judgement` (verdict and reasons) out.

`choose` picks the fact from the aligner's candidates, `verdicts` gives the verdict against
it, `document` walks an article doing both claim by claim; `framing` and `attribution` read
how a claim presents itself (the study's finding, someone's words). `facts` reads each fact
of the sheet once for the verdicts, and `misreported` holds the checks of wrong details.
"""
