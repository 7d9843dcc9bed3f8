"""Benchmarks: ``python -m bench.run --quick|--full`` (``make bench-quick`` / ``make bench``).

See BENCHMARKS.md for the machine, the commands, the tables and what they mean.
"""
