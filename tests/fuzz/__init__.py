"""Adversarial seeds for the converter: payload families of any size (`families`, used by
`scripts/adversarial.py`) and a deterministic fuzz run (`python -m tests.fuzz`, `make fuzz`).

Nothing here is collected by pytest (no `test_*.py`): `tests/test_fuzz_smoke.py` runs a few
fuzz seeds in-process so that `make test` exercises the harness.
"""
