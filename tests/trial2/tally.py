#!/usr/bin/python3
"""usage: tally.py OUTDIR [--detail] [--messages] [--manifest manifest_sweep.jsonl]  -- the first kit's tally
(tests/trial/tally.py) on this kit's manifest"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ['KIT'] = HERE
sys.argv[0] = os.path.join(HERE, '..', 'trial', 'tally.py')
runpy.run_path(sys.argv[0], run_name='__main__')
