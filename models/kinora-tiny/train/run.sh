#!/usr/bin/env bash
# Reproduces kinora-tiny from scratch: teacher, distilled student, ONNX export, quality report.
# Needs Debian's PyTorch: apt-get install -y python3-torch python3-onnx libopenblas0-openmp
# Each phase resumes from checkpoints/ and stops at the step the shipped model stopped at.
set -euo pipefail
cd "$(dirname "$0")"
PY=/usr/bin/python3
$PY train.py teacher --minutes 600 --fg-weight 0 --until-step 5550       # phase 1: plain v-loss
$PY train.py teacher --minutes 600 --fg-weight 4 --until-step "${TEACHER_STEPS:?set TEACHER_STEPS, see README}"
$PY train.py distill --minutes 600 --until-step "${STUDENT_STEPS:?set STUDENT_STEPS, see README}"
$PY export.py
$PY judge.py world --seeds 3
$PY judge.py eval --seeds 3 --out ..
