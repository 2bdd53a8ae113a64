"""Train the kinora-tiny teacher, then distil it into a 4-step guided student.

    /usr/bin/python3 train.py teacher --minutes 70 [--until-step N] [--fg-weight W]   # resumes checkpoints/teacher.pt
    /usr/bin/python3 train.py distill --minutes 15 [--until-step N]                   # resumes checkpoints/student.pt

Both phases are resumable and time-boxed; a checkpoint is written every few minutes and at the
end, and a loss log (step, seconds, loss) is appended to checkpoints/<phase>-loss.tsv.
"""
import argparse
import json
import os
import sys
import time
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world  # noqa: E402
from model import ADDED_AFTER_PHASE3, Denoiser, TextEncoder, alpha_sigma, build_vocab, load_denoiser, tokenize, BOS, PAD, MAX_TOKENS, count_params  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CKPT = os.environ.get("KINORA_CKPT", os.path.join(HERE, "checkpoints"))
SEED = 1234
GUIDANCE = 3.0          # classifier-free guidance baked into the student, default for the teacher
TEACHER_DISTILL_STEPS = 8
STUDENT_STEPS = 4
COND_DROPOUT = 0.1
HIGH_NOISE_SPAN = 0.07  # --high-noise draws t from [1 - span, 1]


def all_vocab_texts():
    texts = []
    for d in (world.CHAR_WORDS, world.MOTION_WORDS, world.BG_WORDS):
        for words in d.values():
            texts += words
    texts += world.TRAIN_TEMPLATES + world.FILLER
    return texts


VOCAB = build_vocab([t.replace("{c}", "").replace("{m}", "").replace("{b}", "") for t in all_vocab_texts()])
INDEX = {w: i for i, w in enumerate(VOCAB)}


def setup():
    torch.set_num_threads(int(os.environ.get("KINORA_THREADS", "2")))
    torch.set_flush_denormal(True)


def make_batch(gen, n, spread, unk_rate=0.3):
    """Clips in [-1,1], caption tokens, a (B,1,T,H,W) mask of the character's pixels, and the
    (B,2) character and motion indices every caption names."""
    clips, toks, masks, labels = [], [], [], []
    for _ in range(n):
        c, m, b = world.sample_labels(gen)
        labels.append((world.CHARACTERS.index(c), world.MOTIONS.index(m)))
        clip = world.render(c, m, b, gen, spread)
        clips.append(clip)
        masks.append(((clip - world.background(b).unsqueeze(1)).abs().sum(0, keepdim=True) > 0.1).float())
        ids = tokenize(world.caption(c, m, b, gen), INDEX)
        # unknown words must be harmless: sprinkle <unk> into some captions
        if torch.rand((), generator=gen) < unk_rate:
            words = [i for i in ids if i != PAD][1:]
            pos = int(torch.randint(len(words) + 1, (), generator=gen))
            words.insert(pos, 1)
            ids = ([BOS] + words)[:MAX_TOKENS]
            ids += [PAD] * (MAX_TOKENS - len(ids))
        toks.append(ids)
    x = torch.stack(clips) * 2 - 1  # (B,3,T,H,W) in [-1,1]
    return x, torch.tensor(toks, dtype=torch.long), torch.stack(masks), torch.tensor(labels)


def null_tokens(n):
    t = torch.full((n, MAX_TOKENS), PAD, dtype=torch.long)
    t[:, 0] = BOS
    return t


def new_models():
    return TextEncoder(len(VOCAB)), Denoiser()


def save(path, **state):
    tmp = path + ".tmp"
    torch.save(state, tmp)
    os.replace(tmp, path)


def ema_update(ema, model, decay):
    with torch.no_grad():
        for pe, pm in zip(ema.parameters(), model.parameters()):
            pe.mul_(decay).add_(pm.detach(), alpha=1 - decay)


class Logger:
    def __init__(self, name):
        self.path = os.path.join(CKPT, f"{name}-loss.tsv")

    def note(self, text):
        with open(self.path, "a") as f:
            f.write(f"# {text}\n")

    def write(self, step, secs, loss):
        with open(self.path, "a") as f:
            f.write(f"{step}\t{secs:.0f}\t{loss:.5f}\n")


def train_teacher(minutes, batch, fg_weight, spread, aux_weight=0.0, high_noise=0.0, until=None):
    os.makedirs(CKPT, exist_ok=True)
    path = os.path.join(CKPT, "teacher.pt")
    torch.manual_seed(SEED)
    text, den = new_models()
    ema_text, ema_den = new_models()
    added = [p for n, p in den.named_parameters() if n.startswith(ADDED_AFTER_PHASE3)]
    core = list(text.parameters()) + [p for n, p in den.named_parameters() if not n.startswith(ADDED_AFTER_PHASE3)]
    params = core + added
    opt = torch.optim.AdamW(core, lr=5e-4, weight_decay=0.01, betas=(0.9, 0.99))
    # Caption-label head, used only in training: a cosine classifier that reads the character and
    # the motion off the text embedding's direction, so the encoder has to keep "walks left" and
    # "walks right" far apart (they were 0.98 cosine-similar), not just linearly separable.
    aux = torch.nn.Linear(text.proj.out_features, len(world.CHARACTERS) + len(world.MOTIONS), bias=False)
    aux_opt = torch.optim.AdamW(aux.parameters(), lr=1e-3)
    step, elapsed = 0, 0.0
    gen = torch.Generator().manual_seed(SEED)
    s = torch.load(path) if os.path.exists(path) else None
    saved_before_added = s is not None and len(s["opt"]["param_groups"]) == 1
    if not saved_before_added:
        opt.add_param_group({"params": added})
    if s is not None:
        text.load_state_dict(s["text"]); load_denoiser(den, s["den"])
        ema_text.load_state_dict(s["ema_text"]); load_denoiser(ema_den, s["ema_den"])
        opt.load_state_dict(s["opt"])
        if saved_before_added:
            opt.add_param_group({"params": added})
            ema_den.load_state_dict({**ema_den.state_dict(), **{k: v for k, v in den.state_dict().items() if k.startswith(ADDED_AFTER_PHASE3)}})
        if "aux" in s:
            aux.load_state_dict(s["aux"]); aux_opt.load_state_dict(s["aux_opt"])
        step, elapsed = s["step"], s["elapsed"]
        gen.set_state(s["gen"])
        torch.set_rng_state(s["torch_rng"])
        print(f"resumed teacher at step {step} ({elapsed / 60:.1f} min)")
    else:
        ema_text.load_state_dict(text.state_dict()); ema_den.load_state_dict(den.state_dict())

    def checkpoint():
        save(path, text=text.state_dict(), den=den.state_dict(), ema_text=ema_text.state_dict(),
             ema_den=ema_den.state_dict(), opt=opt.state_dict(), aux=aux.state_dict(), aux_opt=aux_opt.state_dict(), step=step,
             elapsed=elapsed + time.time() - start, gen=gen.get_state(), torch_rng=torch.get_rng_state(), vocab=VOCAB)

    print(f"teacher: {count_params(den) / 1e6:.2f} M denoiser + {count_params(text) / 1e6:.2f} M text params, vocab {len(VOCAB)}")
    log = Logger("teacher")
    log.note(f"from step {step}: batch {batch}, fg_weight {fg_weight}, spread {spread}, aux_weight {aux_weight}, high_noise {high_noise}")
    start, last_save, acc, aux_acc, n_acc = time.time(), time.time(), 0.0, 0.0, 0
    while time.time() - start < minutes * 60 and (until is None or step < until):
        x, tok, fg, labels = make_batch(gen, batch, spread)
        drop = torch.rand(batch) < COND_DROPOUT
        tok = torch.where(drop.unsqueeze(1), null_tokens(batch), tok)
        t = torch.rand(batch)
        # Where a sprite is shows through the noise down to t ~0.97 (flat colours over hundreds of
        # pixels), so only the first sampling step reads position and direction from the text:
        # a share of each batch is spent there instead of ~3 % (see --high-noise).
        if high_noise > 0:  # (drawn only when asked, so earlier phases keep their random stream)
            t = torch.where(torch.rand(batch) < high_noise, 1.0 - HIGH_NOISE_SPAN * torch.rand(batch), t)
        a, s = alpha_sigma(t)
        a, s = a.view(-1, 1, 1, 1, 1), s.view(-1, 1, 1, 1, 1)
        eps = torch.randn_like(x)
        z = a * x + s * eps
        v_target = a * eps - s * x
        warm = min(1.0, (step + 1) / 300)
        for g in opt.param_groups:
            g["lr"] = 5e-4 * warm
        cond = text(tok)
        v = den(z, t, cond)
        # The characters cover ~3 % of the pixels; weighting their error makes identity and
        # motion, not the easy backgrounds, dominate the gradient (normalised to keep the scale).
        w = 1.0 + fg_weight * fg
        loss = (w * (v - v_target) ** 2).mean() / w.mean()
        total = loss
        if aux_weight > 0 and not drop.all():
            logits = 10.0 * F.normalize(cond[~drop], dim=1) @ F.normalize(aux.weight, dim=1).T
            n_char = len(world.CHARACTERS)
            total = total + aux_weight * (
                F.cross_entropy(logits[:, :n_char], labels[~drop, 0]) + F.cross_entropy(logits[:, n_char:], labels[~drop, 1]))
        opt.zero_grad(set_to_none=True)
        aux_opt.zero_grad(set_to_none=True)
        total.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        aux_opt.step()
        step += 1
        decay = min(0.999, (1 + step) / (10 + step))
        ema_update(ema_text, text, decay); ema_update(ema_den, den, decay)
        acc += loss.item(); aux_acc += total.item() - loss.item(); n_acc += 1
        if step % 50 == 0:
            now = elapsed + time.time() - start
            log.write(step, now, acc / n_acc)
            print(f"step {step} {now / 60:.1f} min loss {acc / n_acc:.4f} caption-label {aux_acc / n_acc:.4f}", flush=True)
            acc, aux_acc, n_acc = 0.0, 0.0, 0
        if time.time() - last_save > 300:
            checkpoint()
            last_save = time.time()
    checkpoint()
    print(f"teacher saved at step {step}")


def load_teacher():
    s = torch.load(os.path.join(CKPT, "teacher.pt"))
    text, den = new_models()
    text.load_state_dict(s["ema_text"]); load_denoiser(den, s["ema_den"])
    text.eval(); den.eval()
    return text, den


def guided_v(den, z, t, cond, uncond, w):
    v = den(torch.cat([z, z]), torch.cat([t, t]), torch.cat([cond, uncond]))
    vc, vu = v.chunk(2)
    return vu + w * (vc - vu)


def ddim_step(z, v, t, t_next):
    """One deterministic DDIM step in v-parameterisation from t to t_next."""
    a, s = alpha_sigma(t)
    an, sn = alpha_sigma(t_next)
    a, s, an, sn = (q.view(-1, 1, 1, 1, 1) for q in (a, s, an, sn))
    x0 = a * z - s * v
    eps = s * z + a * v
    return an * x0 + sn * eps, x0


def distill(minutes, batch, fg_weight, spread, until=None):
    """Guided progressive distillation, one round: two guided teacher DDIM steps (8-step grid)
    become one student step (4-step grid). The student needs no unconditional pass."""
    os.makedirs(CKPT, exist_ok=True)
    path = os.path.join(CKPT, "student.pt")
    text, teacher = load_teacher()
    for p in list(text.parameters()) + list(teacher.parameters()):
        p.requires_grad_(False)
    _, student = new_models()
    _, ema = new_models()
    opt = torch.optim.AdamW(student.parameters(), lr=1e-4, weight_decay=0.0, betas=(0.9, 0.99))
    step, elapsed = 0, 0.0
    gen = torch.Generator().manual_seed(SEED + 1)
    if os.path.exists(path):
        s = torch.load(path)
        student.load_state_dict(s["den"]); ema.load_state_dict(s["ema_den"]); opt.load_state_dict(s["opt"])
        step, elapsed = s["step"], s["elapsed"]
        gen.set_state(s["gen"]); torch.set_rng_state(s["torch_rng"])
        print(f"resumed student at step {step}")
    else:
        torch.manual_seed(SEED + 1)
        student.load_state_dict(teacher.state_dict()); ema.load_state_dict(teacher.state_dict())
    log = Logger("student")
    start, last_save, acc, n_acc = time.time(), time.time(), 0.0, 0
    with torch.no_grad():
        uncond_vec = text(null_tokens(1))
    while time.time() - start < minutes * 60 and (until is None or step < until):
        x, tok, fg, _ = make_batch(gen, batch, spread)
        with torch.no_grad():
            cond = text(tok)
            uncond = uncond_vec.expand(batch, -1)
            i = torch.randint(1, STUDENT_STEPS + 1, (batch,))
            t = i.float() / STUDENT_STEPS
            t_mid = t - 0.5 / STUDENT_STEPS
            t_next = t - 1.0 / STUDENT_STEPS
            a, s = alpha_sigma(t)
            eps = torch.randn_like(x)
            z = a.view(-1, 1, 1, 1, 1) * x + s.view(-1, 1, 1, 1, 1) * eps
            z1, _ = ddim_step(z, guided_v(teacher, z, t, cond, uncond, GUIDANCE), t, t_mid)
            z2, _ = ddim_step(z1, guided_v(teacher, z1, t_mid, cond, uncond, GUIDANCE), t_mid, t_next)
            # the x0 that makes one student DDIM step from t land exactly on z2
            an, sn = alpha_sigma(t_next)
            r = (sn / s).view(-1, 1, 1, 1, 1)
            x_target = (z2 - r * z) / (an.view(-1, 1, 1, 1, 1) - r * a.view(-1, 1, 1, 1, 1))
            weight = torch.clamp(a * a / (s * s), min=1.0).view(-1, 1, 1, 1, 1)  # truncated SNR
        v = student(z, t, cond)
        x_pred = a.view(-1, 1, 1, 1, 1) * z - s.view(-1, 1, 1, 1, 1) * v
        w = 1.0 + fg_weight * fg
        loss = (weight * w * (x_pred - x_target) ** 2).mean() / w.mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(student.parameters(), 1.0)
        opt.step()
        step += 1
        ema_update(ema, student, 0.995)
        acc += loss.item(); n_acc += 1
        if step % 25 == 0:
            now = elapsed + time.time() - start
            log.write(step, now, acc / n_acc)
            print(f"distill step {step} {now / 60:.1f} min loss {acc / n_acc:.4f}", flush=True)
            acc, n_acc = 0.0, 0
        if time.time() - last_save > 300:
            save(path, den=student.state_dict(), ema_den=ema.state_dict(), opt=opt.state_dict(), step=step,
                 elapsed=elapsed + time.time() - start, gen=gen.get_state(), torch_rng=torch.get_rng_state())
            last_save = time.time()
    save(path, den=student.state_dict(), ema_den=ema.state_dict(), opt=opt.state_dict(), step=step,
         elapsed=elapsed + time.time() - start, gen=gen.get_state(), torch_rng=torch.get_rng_state())
    print(f"student saved at step {step}")


def load_student():
    s = torch.load(os.path.join(CKPT, "student.pt"))
    _, den = new_models()
    den.load_state_dict(s["ema_den"])
    den.eval()
    return den


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("phase", choices=["teacher", "distill", "vocab"])
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--until-step", type=int, default=None, help="stop at this step (resumable runs end where the shipped model did)")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--fg-weight", type=float, default=4.0, help="extra loss weight on character pixels")
    ap.add_argument("--spread", type=float, default=1.0, help="scale of the world's random positions, speeds and sizes (world.trajectory)")
    ap.add_argument("--high-noise", type=float, default=0.0, help="share of teacher samples drawn from the highest noise levels")
    ap.add_argument("--aux-weight", type=float, default=0.0, help="weight of the caption-label loss on the text embedding (teacher)")
    args = ap.parse_args()
    setup()
    if args.phase == "teacher":
        train_teacher(args.minutes, args.batch, args.fg_weight, args.spread, args.aux_weight, args.high_noise, args.until_step)
    elif args.phase == "distill":
        distill(args.minutes, max(4, args.batch // 2), args.fg_weight, args.spread, args.until_step)
    else:
        print(json.dumps(VOCAB))
