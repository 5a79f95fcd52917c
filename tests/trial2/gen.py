#!/usr/bin/python3
"""usage: gen.py [DESIGN ...]  -- the first kit's generator (tests/trial/gen.py) on this kit's designs.py:
files/ and manifest.jsonl here (a design may set 'noformula': no formula copy, as where its figures are text
or rounded)."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.environ['KIT'] = HERE
sys.argv[0] = os.path.join(HERE, '..', 'trial', 'gen.py')
sys.path.insert(0, os.path.join(HERE, '..', 'trial'))  # kit.py, table.py
runpy.run_path(sys.argv[0], run_name='__main__')
