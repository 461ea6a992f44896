"""Alignment: claims and a `Sheet` in; for each claim its ranked candidate facts out
(`ClaimAlignment`: similarity and the words shared on both sides, plus the claim's words no
fact uses). Which candidate a claim reports is the judge's choice."""
