#!/usr/bin/env bash
# Reproduces kinora-tiny from scratch: teacher, distilled student, ONNX export, quality report.
# Needs Debian's PyTorch: apt-get install -y python3-torch python3-onnx libopenblas0-openmp
# Each phase resumes from checkpoints/ and stops at the step the shipped model stopped at, so a
# fresh run (empty checkpoints/) retraces the shipped recipe; with the committed checkpoints it
# only re-exports and re-judges. About 5 hours on 2 CPU cores. (The shipped teacher gained its
# frame-text block and grid position at step 26205; a fresh run trains them from step 0.)
set -euo pipefail
cd "$(dirname "$0")"
PY=/usr/bin/python3
$PY train.py teacher --minutes 900 --fg-weight 0 --until-step 5568                   # phase 1: plain v-loss
$PY train.py teacher --minutes 900 --fg-weight 4 --until-step 12698                  # phase 2: character pixels weighted 5x
$PY train.py teacher --minutes 900 --fg-weight 4 --spread 0.3 --until-step 23071     # phase 3: narrower world, sharper motion
$PY train.py teacher --minutes 900 --fg-weight 4 --spread 0.3 --aux-weight 0.1 --until-step 28583  # phase 4: caption-label loss
$PY train.py teacher --minutes 900 --fg-weight 4 --spread 0.3 --aux-weight 0.1 --high-noise 0.3 --until-step 34590  # phase 5: high noise
$PY train.py distill --minutes 900 --spread 0.3 --until-step 1562
$PY export.py
$PY judge.py world --seeds 3
$PY judge.py eval --seeds 3 --out ..
