#!/bin/bash
# usage: ./run_all.sh BIN OUTDIR [MANIFEST]  -- the first kit's runner (tests/trial) on this kit's files
KIT=$(dirname "$(readlink -f "$0")") exec "$(dirname "$(readlink -f "$0")")/../trial/run_all.sh" "$@"
