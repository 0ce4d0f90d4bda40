"""Hand-annotated extraction gold and its evaluation (`make eval`, `tests/test_gold.py`)."""
