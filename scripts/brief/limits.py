"""Limits on work: how much of a seed the converter reads for items, whatever the seed holds.

A seed is untrusted and may be up to the size limit (`read.DEFAULT_MAX_BYTES`): every stage
must take time in proportion to its size, and a brief must stay something a reader can take in.
These are limits on sizes and counts, never on time, so the same seed always gives the same
brief. The largest real articles measured (the public corpus, the seed) stay far below each;
what a limit leaves out is said on the brief's Source & method page.
"""

# The longest sentence of the corpus and the seed is 455 characters. A longer run of text
# without a sentence end is a list or a table run together: items are read in pieces of at
# most this size, cut at a clause break (`extract.sentences`), so evidence stays quotable.
MAX_SENTENCE = 1000

# Items per brief. The corpus's largest counts are far lower (README "Untrusted seeds").
MAX_FIGURES = 500
MAX_CASES = 300
MAX_RECOMMENDATIONS = 100
MAX_GLOSSARY = 200

# Digits in a number read as a figure: a double holds 15 significant digits, and no quantity an
# article states needs more ("a 401-digit number" is an identifier or an attack).
MAX_DIGITS = 15
