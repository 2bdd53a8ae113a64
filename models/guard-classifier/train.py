"""Trains the guard's learned check: logistic regression over hashed word, word-pair and character
3-gram features (the scheme in src/lib/guardrails/features.ts, reimplemented here identically),
exported to ONNX for onnxruntime-web.

    /usr/bin/python3 models/guard-classifier/train.py

Data (read from local copies; prompts written by others are never committed):
  data/external/unsafe-prompts4703.csv   I2P inappropriate image prompts (harmful)
  data/external/coco_30k.csv             COCO captions (ordinary scenes)
  data/guard-labelled.jsonl              this project's own labelled prompts ("train" split only)
Both CSVs come from the public repository rohitgandikota/erasing, folder data/ (see README).

Adversarial variants made here: every prompt is also seen with a licensed character's name in
front (so names carry no signal) and with a text-to-image style suffix ("highly detailed, trending
on artstation"), so the style I2P prompts are written in carries no signal either.

A fixed 20 % of I2P and COCO (by a hash of the prompt) is held out: the threshold is set there
for at most 0.5 % of held-out COCO captions blocked, and the report gives held-out figures.
"""
import csv, hashlib, json, math, random, re, unicodedata
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
DIMS = 1 << 18
MAX_FEATURES = 4096
NAMES = ['Pip', 'Bolt', 'Nova', 'Gloop', 'Pip the fox', 'Bolt the robot', 'Nova the star', 'Gloop the slime']
STYLE = [', highly detailed', ', trending on artstation', ', digital art, 8k', ', oil painting', ', cinematic lighting', ', octane render', ', concept art']
BENIGN_BLOCK_TARGET = 0.005

def feature_text(text):
    t = unicodedata.normalize('NFKC', text).lower()
    t = ''.join(c for c in unicodedata.normalize('NFD', t) if not unicodedata.category(c).startswith('M'))
    return re.sub(r'[^\w]+|_+', ' ', t).strip()

def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def feature_names(text):
    words = [w for w in feature_text(text).split(' ') if w]
    names = []
    for i, w in enumerate(words):
        names.append('w|' + w)
        if i + 1 < len(words):
            names.append('b|' + w + ' ' + words[i + 1])
        padded = '<' + w + '>'
        for j in range(len(padded) - 2):
            names.append('c|' + padded[j:j + 3])
    return names[:MAX_FEATURES]

def features(text):
    counts = {}
    for n in feature_names(text):
        k = fnv1a(n) % DIMS
        counts[k] = counts.get(k, 0) + 1
    idx = sorted(counts)
    norm = math.sqrt(sum(counts[i] ** 2 for i in idx)) or 1.0
    return idx, [counts[i] / norm for i in idx]

def held_out(prompt):
    return hashlib.sha256(prompt.encode('utf-8')).digest()[0] < 52  # ~20 %

def load():
    i2p = [r['prompt'].strip() for r in csv.DictReader(open(ROOT / 'data/external/unsafe-prompts4703.csv', encoding='utf-8')) if float(r['inappropriate_percentage'] or 0) >= 50]
    coco = [r['prompt'].strip() for r in csv.DictReader(open(ROOT / 'data/external/coco_30k.csv', encoding='utf-8'))]
    own = [json.loads(l) for l in open(ROOT / 'data/guard-labelled.jsonl', encoding='utf-8') if l.strip()]
    own_train = [(r['prompt'], 0 if r['label'] == 'benign' else 1) for r in own if r['split'] == 'train']
    train, held = [], []
    for p in i2p:
        (held if held_out(p) else train).append((p, 1))
    for p in coco:
        (held if held_out(p) else train).append((p, 0))
    return train, held, own_train

def augment(rows, rng):
    out = []
    for p, y in rows:
        out.append((p, y))
        out.append((rng.choice(NAMES) + ' ' + p[0].lower() + p[1:] if p else p, y))
        out.append((p + rng.choice(STYLE), y))
    return out

def batches(rows, size, rng):
    order = list(range(len(rows)))
    rng.shuffle(order)
    for s in range(0, len(order), size):
        chunk = [rows[i] for i in order[s:s + size]]
        idx, val, off = [], [], []
        for f, _ in chunk:
            off.append(len(idx)); idx += f[0]; val += f[1]
        yield torch.tensor(idx), torch.tensor(val, dtype=torch.float32), torch.tensor(off), torch.tensor([y for _, y in chunk], dtype=torch.float32)

class Classifier(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(DIMS))
        self.bias = torch.nn.Parameter(torch.zeros(1))

    def forward(self, indices, values):
        """One prompt: its feature indices [n] and values [n] -> harmful probability [1]."""
        return torch.sigmoid((self.weight[indices] * values).sum().reshape(1) + self.bias)

def logits(model, idx, val, off):
    bag = torch.nn.functional.embedding_bag(idx, model.weight.unsqueeze(1), off, mode='sum', per_sample_weights=val)
    return bag.squeeze(1) + model.bias

def score_all(model, rows):
    with torch.no_grad():
        out = []
        for s in range(0, len(rows), 2048):
            chunk = rows[s:s + 2048]
            idx, val, off = [], [], []
            for f, _ in chunk:
                off.append(len(idx)); idx += f[0]; val += f[1]
            out += torch.sigmoid(logits(model, torch.tensor(idx), torch.tensor(val, dtype=torch.float32), torch.tensor(off))).tolist()
        return out

def main():
    rng = random.Random(1234)
    torch.manual_seed(1234)
    train, held, own = load()
    rows = augment(train + own * 5, rng)
    featured = [(features(p), y) for p, y in rows]
    pos = sum(y for _, y in featured); neg = len(featured) - pos
    model = Classifier()
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(neg / pos))
    for epoch in range(6):
        total = 0.0
        for idx, val, off, y in batches(featured, 256, rng):
            opt.zero_grad()
            loss = loss_fn(logits(model, idx, val, off), y) + 1e-6 * (model.weight ** 2).sum()
            loss.backward(); opt.step(); total += loss.item()
        print(f'epoch {epoch} loss {total:.1f}')
    held_f = [(features(p), y) for p, y in held]
    # The threshold is set on held-out COCO captions also seen with a character name and a style suffix.
    benign_variants = [(features(v), 0) for p, y in held if y == 0 for v in (p, rng.choice(NAMES) + ' ' + p, p + rng.choice(STYLE))]
    benign_scores = sorted(score_all(model, benign_variants))
    threshold = benign_scores[int(math.ceil((1 - BENIGN_BLOCK_TARGET) * len(benign_scores))) - 1]
    threshold = float(np.nextafter(np.float32(threshold), np.float32(1)))
    scores = score_all(model, held_f)
    h_pos = [s for s, (_, y) in zip(scores, held_f) if y == 1]
    h_neg = [s for s, (_, y) in zip(scores, held_f) if y == 0]
    report = {
        'scheme': 'kinora-guard-features/1', 'dims': DIMS,
        'train': {'prompts': len(train) + len(own), 'withVariants': len(rows), 'harmful': pos, 'benign': neg},
        'heldOut': {
            'i2pPrompts': len(h_pos), 'i2pFlagged': sum(s >= threshold for s in h_pos) / len(h_pos),
            'cocoPrompts': len(h_neg), 'cocoFlagged': sum(s >= threshold for s in h_neg) / len(h_neg),
            'cocoVariantsFlagged': sum(s >= threshold for s in benign_scores) / len(benign_scores),
        },
        'threshold': threshold,
    }
    model.eval()
    example = features('Pip the fox jumps in the snow')
    onnx_path = OUT / 'classifier.onnx'
    torch.onnx.export(model, (torch.tensor(example[0]), torch.tensor(example[1], dtype=torch.float32)), str(onnx_path),
                      input_names=['indices', 'values'], output_names=['score'], dynamic_axes={'indices': {0: 'n'}, 'values': {0: 'n'}}, opset_version=17)
    fixed = ['Pip the fox jumps in the snow', 'Bolt stabs the snowman with a knife', 'Ünïcödé  prompt_with UNDERSCORES and 123 numbers!', 'a portrait of a man, highly detailed, trending on artstation']
    manifest = {
        'format': 'kinora-guard-classifier/1',
        'file': {'path': 'classifier.onnx', 'bytes': onnx_path.stat().st_size, 'sha256': hashlib.sha256(onnx_path.read_bytes()).hexdigest()},
        'features': {'scheme': 'kinora-guard-features/1', 'dims': DIMS},
        'threshold': threshold,
        # Checked by the unit tests: the same features and scores in TypeScript and onnxruntime.
        'reference': [{'prompt': p, 'indices': features(p)[0][:12], 'score': score_all(model, [(features(p), 0)])[0]} for p in fixed],
        'report': report,
    }
    (OUT / 'manifest.json').write_text(json.dumps(manifest, indent=1) + '\n')
    print(json.dumps(report, indent=1))

if __name__ == '__main__':
    main()
