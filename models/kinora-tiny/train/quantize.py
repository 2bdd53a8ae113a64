"""The int8 student for the WASM backend: Conv weights quantised per output channel, activations
quantised on the fly per call (onnxruntime's dynamic quantisation: ConvInteger). No calibration
data, so the activation ranges follow each step's noise level.

Then it lists the file in ../manifest.json as the student's "int8" variant (size and sha256).
Judge it before shipping (the app runs it only if this stays within 1 point of fp32, a unit test
holds quality.json to that):

    /usr/bin/python3 -m venv --system-site-packages /tmp/qenv     # Debian's PyTorch stays visible
    /tmp/qenv/bin/pip install onnxruntime==1.30.0 onnx==1.23.1 numpy==1.26.4 ml_dtypes==0.5.4
    # (from PyPI, or offline from a folder of wheels: add --no-index --find-links DIR; numpy 1.x
    # because Debian's PyTorch is built against it)
    /tmp/qenv/bin/python quantize.py
    /tmp/qenv/bin/python judge.py eval --only student --seeds 3 --onnx ../student-int8.onnx --name student-int8 --out ..

Tried first, not kept: static QDQ (QLinearConv, MinMax calibration on the student's own inputs over
training captions) ran as fast in WASM but judged 78 % (82 % with the stem and output convs in
fp32) against fp32's 97 %: one activation range per tensor cannot fit every noise level.
"""
import hashlib
import json
import os

from onnxruntime.quantization import QuantType, quantize_dynamic

MODEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCE, TARGET = "student.onnx", "student-int8.onnx"


def list_variant(path):
    manifest_path = os.path.join(MODEL, "manifest.json")
    with open(manifest_path) as f:
        manifest = json.load(f)
    with open(os.path.join(MODEL, path), "rb") as f:
        data = f.read()
    variant = {"precision": "int8", "file": {"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}}
    graph = manifest["graphs"]["student"]
    graph["variants"] = [v for v in graph["variants"] if v["precision"] != "int8"] + [variant]
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    quantize_dynamic(os.path.join(MODEL, SOURCE), os.path.join(MODEL, TARGET), op_types_to_quantize=["Conv"], per_channel=True, weight_type=QuantType.QUInt8)
    list_variant(TARGET)
    print(f"{TARGET}: {os.path.getsize(os.path.join(MODEL, TARGET)) / 1e6:.1f} MB, listed in manifest.json")
