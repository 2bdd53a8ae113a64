"""Automatic judge for the kinora-tiny world, and the quality evaluation of a trained model.

The judge looks at a clip the way a viewer would, without knowing how it was made:
- background: the clip's left and right border columns, compared with each background's colours;
- character: hue of the saturated pixels that differ from that background;
- motion: the tracks of the character's body (its saturated pixels of the character's hue, so
  stray specks of noise in the background don't count): centroid and area over time (walks move
  sideways, jumps rise and come back, grows at least 1.6x in area) and, for spins, how much the
  silhouette changes while staying in place.

    /usr/bin/python3 judge.py world                  # judge accuracy on ground-truth clips
    /usr/bin/python3 judge.py eval --seeds 2         # teacher and student over all 4x5x4 prompts
    judge.py eval --only student --onnx ../student-int8.onnx --name student-int8 --out ..   # a variant (quantize.py)
"""
import argparse
import json
import os
import sys
import time
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world  # noqa: E402

HUES = {"pip": 27.0, "bolt": 226.0, "nova": 128.0, "gloop": 282.0}
_TEMPLATES = {b: world.background(b) for b in world.BACKGROUNDS}


def classify_background(clip):
    """clip (3,T,H,W) in [0,1] -> background name."""
    border = torch.cat([clip[:, :, :, :2], clip[:, :, :, -2:]], dim=3).median(dim=1).values  # (3,H,4)
    profile = border.median(dim=2).values  # (3,H)
    best, best_d = None, float("inf")
    for name, tpl in _TEMPLATES.items():
        d = (profile - tpl[:, :, 0]).abs().mean().item()
        if d < best_d:
            best, best_d = name, d
    return best


def foreground(clip, bg):
    """(T,H,W) bool: pixels that differ clearly from the background."""
    diff = (clip - _TEMPLATES[bg].unsqueeze(1)).abs().sum(0)
    return diff > 0.3


def _hue_sat_val(clip):
    """clip (3,T,H,W) -> hue in degrees, saturation, value, each (T,H,W)."""
    r, g, b = clip
    mx, mn = clip.max(0).values, clip.min(0).values
    d = (mx - mn).clamp(min=1e-6)
    hue = torch.where(mx == r, ((g - b) / d).remainder(6), torch.where(mx == g, (b - r) / d + 2, (r - g) / d + 4)) * 60
    return hue, (mx - mn) / mx.clamp(min=1e-3), mx


def _vivid(sat, val):
    """Pixels saturated and bright enough to show a sprite's body colour."""
    return (sat > 0.45) & (val > 0.35)


def _hue_distance(hue, character):
    off = (hue - HUES[character]).abs()
    return torch.minimum(off, 360 - off)


def classify_character(clip, mask):
    if mask.sum() < 10:
        return None
    hue, sat, val = _hue_sat_val(clip)
    keep = mask & _vivid(sat, val)
    if keep.sum() < 10:
        return None
    hues = hue[keep][:: max(1, int(keep.sum()) // 400)]
    nearest = torch.stack([_hue_distance(hues, k) for k in HUES]).argmin(0)
    return list(HUES)[int(torch.bincount(nearest, minlength=len(HUES)).argmax())]


def body_mask(clip, mask, character):
    """(T,H,W) bool: foreground pixels of the character's own body colour."""
    hue, sat, val = _hue_sat_val(clip)
    return mask & (_hue_distance(hue, character) < 40) & _vivid(sat, val)


def classify_motion(mask):
    t_count = mask.shape[0]
    ys, xs = torch.meshgrid(torch.arange(mask.shape[1]).float(), torch.arange(mask.shape[2]).float(), indexing="ij")
    area = mask.float().sum((1, 2))
    if (area < 8).any():
        return None
    cx = (mask * xs).sum((1, 2)) / area
    cy = (mask * ys).sum((1, 2)) / area
    rows = torch.arange(mask.shape[1]).float()
    bottom = torch.stack([(rows * (m.sum(1) >= 2)).max() for m in mask])  # lowest row with 2+ pixels
    first, last = slice(0, 3), slice(t_count - 3, t_count)
    growth = area[last].mean() / area[first].mean()
    dx = cx[last].mean() - cx[first].mean()
    lift = (bottom[first].mean() + bottom[last].mean()) / 2 - bottom[3:t_count - 3].min()
    if growth >= 1.6:
        return "grow"
    if abs(dx) >= 10:
        return "walk_right" if dx > 0 else "walk_left"
    if lift >= 6:
        return "jump"
    # spin: the silhouette turns in place and comes back. Mid-clip it overlaps the first frame
    # much less than the last frame does (one full turn); a static or merely noisy sprite doesn't.
    iou = (mask & mask[0:1]).float().sum((1, 2)) / (mask | mask[0:1]).float().sum((1, 2))
    mid = iou[t_count // 4: 3 * t_count // 4].min()
    if mid < 0.8 and iou[-1] - mid > 0.15 and cx.std() < 3 and cy.std() < 3:
        return "spin"
    return None


def judge(clip):
    """clip (3,T,H,W) in [0,1] -> (character, motion, background); None where undecidable."""
    bg = classify_background(clip)
    mask = foreground(clip, bg)
    character = classify_character(clip, mask)
    if character is None:
        return None, None, bg
    return character, classify_motion(body_mask(clip, mask, character)), bg


def combos():
    for c in world.CHARACTERS:
        for m in world.MOTIONS:
            for b in world.BACKGROUNDS:
                yield c, m, b


def eval_prompt(c, m, b, k):
    """A phrasing never used verbatim in training, chosen deterministically per combo and seed."""
    t = world.EVAL_TEMPLATES[k % len(world.EVAL_TEMPLATES)]
    cw = world.CHAR_WORDS[c][(k * 3 + 1) % len(world.CHAR_WORDS[c])]
    mw = world.MOTION_WORDS[m][(k * 5 + 2) % len(world.MOTION_WORDS[m])]
    bw = world.BG_WORDS[b][(k * 7 + 3) % len(world.BG_WORDS[b])]
    return t.format(c=cw, m=mw, b=bw)


def score(results):
    n = len(results)
    acc = {k: sum(r[k + "_ok"] for r in results) / n for k in ("character", "motion", "background")}
    acc["all"] = sum(r["character_ok"] and r["motion_ok"] and r["background_ok"] for r in results) / n
    per_motion = {}
    for m in world.MOTIONS:
        rs = [r for r in results if r["motion"] == m]
        per_motion[m] = sum(r["motion_ok"] for r in rs) / len(rs)
    acc["motion_by_kind"] = per_motion
    return acc


def check_world(seeds):
    g = torch.Generator().manual_seed(99)
    results = []
    for c, m, b in combos():
        for _ in range(seeds):
            jc, jm, jb = judge(world.render(c, m, b, g))
            results.append({"character": c, "motion": m, "background": b, "character_ok": jc == c, "motion_ok": jm == m, "background_ok": jb == b, "judged": [jc, jm, jb]})
    bad = [r for r in results if not (r["character_ok"] and r["motion_ok"] and r["background_ok"])]
    for r in bad[:10]:
        print("miss", r)
    return score(results)


class OnnxDenoiser:
    """An exported denoiser graph (e.g. the int8 student) run by onnxruntime, called like the torch one."""

    def __init__(self, path):
        import onnxruntime as ort
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = torch.get_num_threads()
        self.session = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])

    def __call__(self, z, t, cond):
        return torch.from_numpy(self.session.run(None, {"z": z.numpy(), "t": t.numpy(), "text": cond.numpy()})[0])


def evaluate(which, seeds, steps, guidance, batch=16, onnx=None):
    """Samples every combo `seeds` times with eval phrasings and judges the clips.
    `onnx`: run the student from this exported graph instead of its checkpoint."""
    import train
    from model import tokenize
    text, teacher = train.load_teacher()
    den = (OnnxDenoiser(onnx) if onnx else train.load_student()) if which == "student" else teacher
    jobs = [(c, m, b, k) for c, m, b in combos() for k in range(seeds)]
    results, clips = [], []
    start = time.time()
    with torch.no_grad():
        uncond = text(train.null_tokens(1))
        for i in range(0, len(jobs), batch):
            part = jobs[i:i + batch]
            prompts = [eval_prompt(c, m, b, k) for c, m, b, k in part]
            cond = text(torch.tensor([tokenize(p, train.INDEX) for p in prompts]))
            g = torch.Generator().manual_seed(1000 + i)
            z = torch.randn((len(part), 3, world.FRAMES, world.SIZE, world.SIZE), generator=g)
            ts = torch.linspace(1, 0, steps + 1)
            for j in range(steps):
                t = ts[j].expand(len(part))
                if which == "student":
                    v = den(z, t, cond)
                else:
                    v = train.guided_v(den, z, t, cond, uncond.expand(len(part), -1), guidance)
                z, x0 = train.ddim_step(z, v, t, ts[j + 1].expand(len(part)))
            out = ((x0 + 1) / 2).clamp(0, 1)
            for (c, m, b, k), p, clip in zip(part, prompts, out):
                jc, jm, jb = judge(clip)
                results.append({"prompt": p, "character": c, "motion": m, "background": b, "judged": [jc, jm, jb],
                                "character_ok": jc == c, "motion_ok": jm == m, "background_ok": jb == b})
                if k == 0:
                    clips.append((c, m, b, clip))
    secs = time.time() - start
    return score(results), results, clips, secs


def contact_sheet(clips, path):
    """One row per clip: 6 frames of 64x64, scaled 2x."""
    import numpy as np
    from PIL import Image
    rows = [torch.cat([clip[:, t] for t in (0, 3, 6, 9, 12, 15)], dim=2) for *_, clip in clips]
    img = torch.cat(rows, dim=1).permute(1, 2, 0).numpy()
    Image.fromarray((img * 255).astype(np.uint8)).save(path)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["world", "eval"])
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--teacher-steps", type=int, default=16)
    ap.add_argument("--only", choices=["teacher", "student"])
    ap.add_argument("--out", default=None)
    ap.add_argument("--onnx", default=None, help="judge the student from this ONNX graph (needs onnxruntime's Python package)")
    ap.add_argument("--name", default=None, help="the report's key in quality.json (kept beside the other keys there)")
    args = ap.parse_args()
    torch.set_num_threads(int(os.environ.get("KINORA_THREADS", "2")))
    torch.set_flush_denormal(True)
    if args.what == "world":
        print(json.dumps(check_world(args.seeds), indent=1))
    else:
        import train
        report = {}
        for which in ("teacher", "student"):
            if args.only and which != args.only:
                continue
            steps = args.teacher_steps if which == "teacher" else train.STUDENT_STEPS
            acc, results, clips, secs = evaluate(which, args.seeds, steps, train.GUIDANCE, onnx=args.onnx)
            report[args.name or which] = {"steps": steps, "guidance": train.GUIDANCE, "samples": len(results), "seconds": round(secs, 1), "accuracy": acc,
                             "misses": [r for r in results if not (r["character_ok"] and r["motion_ok"] and r["background_ok"])][:40]}
            if args.onnx:
                import hashlib
                with open(args.onnx, "rb") as f:
                    report[args.name or which]["sha256"] = hashlib.sha256(f.read()).hexdigest()
            print(which, json.dumps(acc), f"{secs:.0f}s", flush=True)
            if args.out and not args.name:
                contact_sheet(clips[:20], os.path.join(args.out, f"contact-{which}.png"))
        if args.out:
            path = os.path.join(args.out, "quality.json")
            if args.name and os.path.exists(path):
                with open(path) as f:
                    report = {**json.load(f), **report}
            with open(path, "w") as f:
                json.dump(report, f, indent=1)
