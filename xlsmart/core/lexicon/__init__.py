"""The lexicon: what xlsmart knows of words, in Dutch and English, apart from the code that reads.

One module per kind of knowledge, so each table has one home and a reader imports what it uses:

- ``metrics``: the metrics xlsmart knows (names in both languages, better up or down, vanity)
- ``directions``: the words and phrases that say which way a goal goes
- ``word_classes``: determiners, quantity words, breaks, activities: what bounds a noun phrase
- ``owners``: who can own a goal, and the sentence shapes that name a subject
- ``language``: the words that vote for Dutch or English
- ``metric_cues``, ``quantity_words``, ``time_words``: the tables of the readers in ``goals/``

The tables are data only (sets, dicts, tuples and a few look-ups over them); reading a sentence
is the job of :mod:`xlsmart.core.goals`.
"""
