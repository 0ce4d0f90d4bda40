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

# Items per brief; the largest counts of the corpus and the seed are 78 figures, 16 cases, 4
# recommendations and 4 abbreviations. Each item costs the site build a fixed amount (a card, a
# table row, a quote, its printed copy): at these limits a brief's items cost about a second.
MAX_FIGURES = 300
MAX_CASES = 200
MAX_RECOMMENDATIONS = 100
MAX_GLOSSARY = 200
# Quantities read as candidate figures: the most in a real article measured is 122 (for 77
# figures), and 300 figures need about 500. An article of numbers stops there, so it costs
# about 0.2 s of figures however many it holds (each quantity is read in its context).
MAX_NUMBERS_READ = 2000
# Dated mentions read for cases: a long news article holds a few hundred; an article of dates
# (a log, a hostile dump) stops there, so its cost does not grow with every date it repeats.
MAX_DATES_READ = 5000
# Numbers the quantity tagger reads in one text (`extract.quantities`): a 1 MB paragraph of news
# holds about 5,000; a text that is nothing but numbers stops there, in well under a second.
MAX_QUANTITIES_READ = 20_000
# Characters of article text the printable brief holds (about 80 printed pages): a longer
# article's printable brief leaves its full text to the Full text page.
MAX_PRINTED_TEXT = 200_000
# Figure tables drawn as charts (the seed has 2): a further table is shown without one.
MAX_CHARTS = 12

# Digits in a number read as a figure: a double holds 15 significant digits, and no quantity an
# article states needs more ("a 401-digit number" is an identifier or an attack).
MAX_DIGITS = 15
