"""Export kinora-tiny to ONNX (opset 17, fp32), write manifest.json and the reference values the
JavaScript parity tests check against (no PyTorch needed in CI).

    /usr/bin/python3 export.py
"""
import hashlib
import json
import math
import os
import struct
import sys
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train  # noqa: E402
import world  # noqa: E402
from model import LOGSNR_SHIFT, MAX_TOKENS, PAD, UNK, BOS, alpha_sigma, split_words, tokenize  # noqa: E402

OUT = os.environ.get("KINORA_OUT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # models/kinora-tiny
VERSION = "1.2.0"
COND_DIM = 192
REFERENCE_PROMPT = "Pip the fox jumps in the snow"
REFERENCE_SEED = 42


# ---- the browser's seeded RNG, ported (src/lib/sampler/rng.ts) ----------------------------------

M32 = 0xFFFFFFFF


def _imul(a, b):
    return (a * b) & M32


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & M32


class SeededRandom:
    def __init__(self, seed):
        state = seed & M32
        s = []
        for _ in range(4):
            state = (state + 0x9E3779B9) & M32
            z = state
            z = _imul(z ^ (z >> 16), 0x85EBCA6B)
            z = _imul(z ^ (z >> 13), 0xC2B2AE35)
            s.append((z ^ (z >> 16)) & M32)
        self.s = s

    def next_uint32(self):
        s0, s1, s2, s3 = self.s
        result = _imul(_rotl(_imul(s1, 5), 7), 9)
        t = (s1 << 9) & M32
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = _rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def uniform(self):
        return (self.next_uint32() + 0.5) / 4294967296

    def normal(self, n):
        out = [0.0] * n
        for i in range(0, n, 2):
            r = math.sqrt(-2 * math.log(self.uniform()))
            theta = 2 * math.pi * self.uniform()
            out[i] = r * math.cos(theta)
            if i + 1 < n:
                out[i + 1] = r * math.sin(theta)
        return torch.tensor(out, dtype=torch.float32)


# ---- export -------------------------------------------------------------------------------------

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def file_entry(name):
    path = os.path.join(OUT, name)
    return {"path": name, "bytes": os.path.getsize(path), "sha256": sha256(path)}


def export_graph(module, args, name, input_names, output_names):
    path = os.path.join(OUT, name)
    dyn = {n: {0: "batch"} for n in input_names + output_names}
    torch.onnx.export(module, args, path, opset_version=17, input_names=input_names, output_names=output_names,
                      dynamic_axes=dyn, do_constant_folding=True)
    return path


def character_words():
    """Words that make the model draw each character (the app withholds those of characters it
    has not admitted), from the caption synonyms, without the articles."""
    out = {}
    for char, phrases in world.CHAR_WORDS.items():
        words = [w for p in phrases for w in split_words(p) if w not in ("the", "a")]
        out[char] = list(dict.fromkeys(words))
    return out


def sampled(x, every=97):
    """A spread-out subset of a tensor's values, enough for a tight parity check."""
    flat = x.reshape(-1)
    return [round(float(v), 7) for v in flat[::every]]


def main():
    train.setup()
    text, teacher = train.load_teacher()
    student = train.load_student()
    f = world.FRAMES
    z = torch.randn(1, 3, f, world.SIZE, world.SIZE)
    t = torch.tensor([0.5])
    c = torch.randn(1, COND_DIM)
    tok = torch.tensor([tokenize(REFERENCE_PROMPT, train.INDEX)])
    with torch.no_grad():
        export_graph(text, (tok,), "text_encoder.onnx", ["tokens"], ["text_embedding"])
        export_graph(teacher, (z, t, c), "teacher.onnx", ["z", "t", "text"], ["v"])
        export_graph(student, (z, t, c), "student.onnx", ["z", "t", "text"], ["v"])

    video_shape = ["batch", 3, f, world.SIZE, world.SIZE]
    den_io = {
        "inputs": [{"name": "z", "dtype": "float32", "shape": video_shape},
                   {"name": "t", "dtype": "float32", "shape": ["batch"]},
                   {"name": "text", "dtype": "float32", "shape": ["batch", COND_DIM]}],
        "outputs": [{"name": "v", "dtype": "float32", "shape": video_shape}],
    }
    manifest = {
        "format": "kinora-model/1",
        "id": "kinora-tiny",
        "name": "Kinora Tiny",
        "version": VERSION,
        "description": "A 3 M-parameter text-to-video diffusion model trained by the Kinora project on its own procedural world: "
                       "Pip the fox, Bolt the robot, Nova the star and Gloop the slime walk, jump, spin and grow on day, sunset, snow and night scenes. "
                       "16 frames of 64x64 at 8 fps. The default mode is a 4-step distilled student with guidance baked in.",
        "license": {"name": "CC-BY-4.0", "text": "Model weights and training code by the Kinora project, released under CC BY 4.0. Trained only on procedurally generated clips of original characters."},
        "card": "MODEL_CARD.md",
        "characterWords": character_words(),
        "video": {"frames": f, "width": world.SIZE, "height": world.SIZE, "fps": world.FPS, "layout": "NCTHW", "range": [-1, 1]},
        "tokenizer": {"kind": "word", "maxTokens": MAX_TOKENS, "pad": PAD, "unk": UNK, "bos": BOS, "vocab": train.VOCAB},
        "textEncoder": "text_encoder",
        "graphs": {
            "text_encoder": {
                "inputs": [{"name": "tokens", "dtype": "int64", "shape": ["batch", MAX_TOKENS]}],
                "outputs": [{"name": "text_embedding", "dtype": "float32", "shape": ["batch", COND_DIM]}],
                "variants": [{"precision": "fp32", "file": file_entry("text_encoder.onnx")}],
            },
            "student": {**den_io, "variants": [{"precision": "fp32", "file": file_entry("student.onnx")}]},
            "teacher": {**den_io, "variants": [{"precision": "fp32", "file": file_entry("teacher.onnx")}]},
        },
        "prediction": "v",
        "schedule": {"kind": "shifted-cosine", "logsnrShift": LOGSNR_SHIFT},
        "modes": {
            "fast": {"label": "Fast", "denoiser": "student", "steps": {"min": 1, "max": train.STUDENT_STEPS, "default": train.STUDENT_STEPS},
                     "guidance": {"kind": "baked", "scale": train.GUIDANCE}},
            "quality": {"label": "Quality", "denoiser": "teacher", "steps": {"min": 2, "max": 100, "default": 16},
                        "guidance": {"kind": "cfg", "min": 0, "max": 10, "default": train.GUIDANCE}},
        },
    }
    with open(os.path.join(OUT, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")

    # Reference values for the JS tests: tokenizer, schedule, RNG, each graph, and a whole
    # 4-step student sampling run from the browser's own seeded noise.
    rng = SeededRandom(REFERENCE_SEED)
    noise = rng.normal(3 * f * world.SIZE * world.SIZE).reshape(1, 3, f, world.SIZE, world.SIZE)
    with torch.no_grad():
        emb = text(tok)
        uncond = text(train.null_tokens(1))
        v_teacher = teacher(noise, torch.tensor([0.75]), emb)
        v_student = student(noise, torch.tensor([1.0]), emb)
        zs = noise.clone()
        steps = train.STUDENT_STEPS
        for j in range(steps):
            t0 = torch.tensor([1 - j / steps])
            t1 = torch.tensor([1 - (j + 1) / steps])
            zs, x0 = train.ddim_step(zs, student(zs, t0, emb), t0, t1)
    times = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0]
    a, s = alpha_sigma(torch.tensor(times, dtype=torch.float64))
    ref = {
        "prompt": REFERENCE_PROMPT,
        "tokens": tok[0].tolist(),
        "textEmbedding": [round(float(v), 7) for v in emb[0]],
        "uncondEmbedding": [round(float(v), 7) for v in uncond[0]],
        "schedule": {"times": times, "alphas": a.tolist(), "sigmas": s.tolist()},
        "seed": REFERENCE_SEED,
        "noiseHead": [float(v) for v in noise.reshape(-1)[:16]],
        "noiseSum": float(noise.double().sum()),
        "sampleEvery": 97,
        "teacherV": {"t": 0.75, "values": sampled(v_teacher)},
        "studentV": {"t": 1.0, "values": sampled(v_student)},
        "studentSample": {"steps": steps, "values": sampled(x0)},
    }
    with open(os.path.join(OUT, "reference.json"), "w") as fh:
        json.dump(ref, fh)
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in ("text_encoder.onnx", "teacher.onnx", "student.onnx"))
    print(f"exported to {OUT}: {total / 1e6:.1f} MB of ONNX")


if __name__ == "__main__":
    main()
