"""kinora-tiny: word-level text encoder + factorised (2+1)D pixel-space video UNet.

Why this design (see README.md): the clips are flat-colour sprites on smooth backgrounds, so a
4x4 patchify (pixel-unshuffle) loses nothing a learned autoencoder would keep, costs no extra
training run, and keeps the browser pipeline to two graphs. Frames are folded into the batch for
spatial 3x3 convolutions; temporal kernel-3 convolutions run at every level (also right before
the output, so motion is shaped at full resolution) and temporal self-attention at the two
coarsest levels. A learned per-frame embedding enters every FiLM so each layer knows where in
the clip it is, which is what walking and spinning need.

Every op here exports to ONNX opset 17 and runs on onnxruntime-web's WASM and WebGPU EPs.
"""
import math
import re
import torch
import torch.nn as nn
import torch.nn.functional as F

FRAMES = 16
MAX_TOKENS = 16  # BOS + 15 words
PAD, UNK, BOS = 0, 1, 2


# ---- tokenizer --------------------------------------------------------------------------------

def build_vocab(texts):
    words = sorted({w for t in texts for w in split_words(t)})
    return ["<pad>", "<unk>", "<bos>"] + words


def split_words(text: str):
    return re.findall(r"[a-z]+", text.lower())


def tokenize(text: str, index: dict):
    ids = [BOS] + [index.get(w, UNK) for w in split_words(text)]
    ids = ids[:MAX_TOKENS]
    return ids + [PAD] * (MAX_TOKENS - len(ids))


# ---- text encoder -----------------------------------------------------------------------------

class SelfAttention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, dim * 3)
        self.out = nn.Linear(dim, dim)

    def forward(self, x, bias=None):
        # x: (N, L, D); bias: additive mask broadcastable to (N, heads, L, L)
        n, l, d = x.shape
        h = self.heads
        q, k, v = self.qkv(x).reshape(n, l, 3, h, d // h).permute(2, 0, 3, 1, 4)
        att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(d // h))
        if bias is not None:
            att = att + bias
        y = att.softmax(-1) @ v
        return self.out(y.transpose(1, 2).reshape(n, l, d))


class TextEncoder(nn.Module):
    """tokens (N, 16) int64 -> text embedding (N, cond_dim). Padding is masked out."""

    def __init__(self, vocab_size, dim=96, cond_dim=192, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.pos = nn.Parameter(torch.zeros(MAX_TOKENS, dim))
        self.blocks = nn.ModuleList()
        for _ in range(layers):
            self.blocks.append(nn.ModuleDict({
                "n1": nn.LayerNorm(dim), "att": SelfAttention(dim, 4),
                "n2": nn.LayerNorm(dim), "mlp": nn.Sequential(nn.Linear(dim, dim * 2), nn.GELU(), nn.Linear(dim * 2, dim)),
            }))
        self.norm = nn.LayerNorm(dim)
        self.proj = nn.Linear(dim, cond_dim)

    def forward(self, tokens):
        keep = (tokens != PAD).float()  # (N, L)
        x = self.embed(tokens) + self.pos
        bias = ((1.0 - keep) * -1e4).unsqueeze(1).unsqueeze(1)
        for b in self.blocks:
            x = x + b["att"](b["n1"](x), bias)
            x = x + b["mlp"](b["n2"](x))
        x = self.norm(x)
        pooled = (x * keep.unsqueeze(-1)).sum(1) / keep.sum(1, keepdim=True)
        return self.proj(pooled)


# ---- denoiser ---------------------------------------------------------------------------------

def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half)
    args = t.unsqueeze(1) * 1000.0 * freqs.unsqueeze(0)
    return torch.cat([torch.sin(args), torch.cos(args)], dim=1)


def to_time_major(x, b):
    """(B*T, C, H, W) -> (B, C, T, H*W)"""
    bt, c, h, w = x.shape
    return x.reshape(b, FRAMES, c, h * w).permute(0, 2, 1, 3)


def from_time_major(x, h, w):
    """(B, C, T, H*W) -> (B*T, C, H, W)"""
    b, c, t, hw = x.shape
    return x.permute(0, 2, 1, 3).reshape(b * t, c, h, w)


class ResBlock(nn.Module):
    """Spatial 3x3 conv, FiLM from (time, text, frame), spatial 3x3 conv, then a temporal conv."""

    def __init__(self, cin, cout, emb_dim):
        super().__init__()
        self.n1 = nn.GroupNorm(8, cin)
        self.c1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.film = nn.Linear(emb_dim, cout * 2)
        self.n2 = nn.GroupNorm(8, cout)
        self.c2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.nt = nn.GroupNorm(8, cout)
        self.ct = nn.Conv2d(cout, cout, (3, 1), padding=(1, 0))
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()
        nn.init.zeros_(self.c2.weight)
        nn.init.zeros_(self.ct.weight)

    def forward(self, x, emb, b):
        h = self.c1(F.silu(self.n1(x)))
        scale, shift = self.film(emb).unsqueeze(-1).unsqueeze(-1).chunk(2, dim=1)
        h = self.n2(h) * (1 + scale) + shift
        h = self.c2(F.silu(h))
        x = self.skip(x) + h
        _, c, hh, ww = x.shape
        t = to_time_major(F.silu(self.nt(x)), b)
        return x + from_time_major(self.ct(t), hh, ww)


class _ResidualAttention(nn.Module):
    """GroupNorm + self-attention, zero-initialised so a new block starts as the identity."""

    def __init__(self, ch, heads=4):
        super().__init__()
        self.norm = nn.GroupNorm(8, ch)
        self.att = SelfAttention(ch, heads)
        nn.init.zeros_(self.att.out.weight)
        nn.init.zeros_(self.att.out.bias)


class TemporalAttention(_ResidualAttention):
    """Each spatial position attends over the 16 frames."""

    def forward(self, x, b):
        bt, c, h, w = x.shape
        y = self.norm(x).reshape(b, FRAMES, c, h * w).permute(0, 3, 1, 2).reshape(b * h * w, FRAMES, c)
        y = self.att(y)
        y = y.reshape(b, h * w, FRAMES, c).permute(0, 2, 3, 1).reshape(bt, c, h, w)
        return x + y


class SpatialAttention(_ResidualAttention):
    """Each frame's positions attend over each other (coarsest level only: 16 tokens)."""

    def forward(self, x):
        bt, c, h, w = x.shape
        y = self.norm(x).reshape(bt, c, h * w).transpose(1, 2)
        y = self.att(y).transpose(1, 2).reshape(bt, c, h, w)
        return x + y


class Denoiser(nn.Module):
    """(z (B,3,16,64,64), t (B,), text (B,cond)) -> v-prediction (B,3,16,64,64)."""

    def __init__(self, cond_dim=192, ch=(64, 96, 160), emb_dim=192, patch=4):
        super().__init__()
        self.patch = patch
        self.t_mlp = nn.Sequential(nn.Linear(128, emb_dim), nn.SiLU(), nn.Linear(emb_dim, emb_dim))
        self.c_mlp = nn.Sequential(nn.Linear(cond_dim, emb_dim), nn.SiLU(), nn.Linear(emb_dim, emb_dim))
        self.frame_emb = nn.Parameter(torch.randn(FRAMES, emb_dim) * 0.02)
        # FiLM is linear in its embedding, so with text and frame only summed, "walks left" could
        # not move frame 0 one way and frame 15 the other: this MLP gives each frame its own
        # text-dependent term. Zero-initialised (it was added to a trained model, see train/README).
        self.frame_text = nn.Sequential(nn.Linear(emb_dim * 2, emb_dim), nn.SiLU(), nn.Linear(emb_dim, emb_dim))
        nn.init.zeros_(self.frame_text[2].weight)
        nn.init.zeros_(self.frame_text[2].bias)
        self.stem = nn.Conv2d(3 * patch * patch, ch[0], 3, padding=1)
        # where on the 16x16 patch grid a feature is: a walk's start and end are absolute places
        self.grid_pos = nn.Parameter(torch.zeros(1, ch[0], 64 // patch, 64 // patch))
        c0, c1, c2 = ch
        self.d0 = ResBlock(c0, c0, emb_dim)
        self.down0 = nn.Conv2d(c0, c1, 3, stride=2, padding=1)
        self.d1 = ResBlock(c1, c1, emb_dim)
        self.d1_att = TemporalAttention(c1)
        self.down1 = nn.Conv2d(c1, c2, 3, stride=2, padding=1)
        self.m1 = ResBlock(c2, c2, emb_dim)
        self.m_tatt = TemporalAttention(c2)
        self.m_satt = SpatialAttention(c2)
        self.m2 = ResBlock(c2, c2, emb_dim)
        self.up1 = nn.Conv2d(c2, c1, 3, padding=1)
        self.u1 = ResBlock(c1 * 2, c1, emb_dim)
        self.u1_att = TemporalAttention(c1)
        self.up0 = nn.Conv2d(c1, c0, 3, padding=1)
        self.u0 = ResBlock(c0 * 2, c0, emb_dim)
        self.u0b = ResBlock(c0, c0, emb_dim)
        self.out_norm = nn.GroupNorm(8, c0)
        self.out = nn.Conv2d(c0, 3 * patch * patch, 3, padding=1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, z, t, text):
        b = z.shape[0]
        p = self.patch
        c = self.c_mlp(text)  # (B, E)
        emb = self.t_mlp(timestep_embedding(t, 128)) + c
        frames = self.frame_emb.unsqueeze(0).expand(b, -1, -1)  # (B, T, E)
        per_frame = frames + self.frame_text(torch.cat([c.unsqueeze(1).expand(-1, FRAMES, -1), frames], dim=2))
        emb = (emb.unsqueeze(1) + per_frame).reshape(b * FRAMES, -1)
        x = z.permute(0, 2, 1, 3, 4).reshape(b * FRAMES, 3, 64, 64)
        x = F.pixel_unshuffle(x, p)
        h0 = self.d0(self.stem(x) + self.grid_pos, emb, b)
        h1 = self.d1_att(self.d1(self.down0(h0), emb, b), b)
        h = self.down1(h1)
        h = self.m1(h, emb, b)
        h = self.m_satt(self.m_tatt(h, b))
        h = self.m2(h, emb, b)
        h = self.up1(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.u1_att(self.u1(torch.cat([h, h1], 1), emb, b), b)
        h = self.up0(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.u0(torch.cat([h, h0], 1), emb, b)
        h = self.u0b(h, emb, b)
        h = self.out(F.silu(self.out_norm(h)))
        h = F.pixel_shuffle(h, p)
        return h.reshape(b, FRAMES, 3, 64, 64).permute(0, 2, 1, 3, 4)


# ---- noise schedule (shared with the browser sampler through the manifest) -------------------

LOGSNR_SHIFT = 2.0 * math.log(0.5)  # flat-colour clips are "easy": spend more steps at high noise


def alpha_sigma(t):
    """Shifted cosine schedule. t in [0,1] (tensor) -> (alpha, sigma), alpha^2 + sigma^2 = 1."""
    t = t.clamp(0.0, 1.0)
    logsnr = -2.0 * torch.log(torch.tan(math.pi * t.clamp(1e-5, 1 - 1e-5) / 2)) + LOGSNR_SHIFT
    alpha = torch.sigmoid(logsnr).sqrt()
    sigma = torch.sigmoid(-logsnr).sqrt()
    alpha = torch.where(t >= 1.0, torch.zeros_like(alpha), alpha)
    sigma = torch.where(t >= 1.0, torch.ones_like(sigma), sigma)
    return alpha, sigma


# Blocks added after phase 3 of the shipped teacher; checkpoints from before them load without.
ADDED_AFTER_PHASE3 = ("frame_text.", "grid_pos")


def load_denoiser(den, state):
    missing, unexpected = den.load_state_dict(state, strict=False)
    if unexpected or any(not k.startswith(ADDED_AFTER_PHASE3) for k in missing):
        raise RuntimeError(f"checkpoint does not fit the denoiser: missing {missing}, unexpected {unexpected}")


def count_params(m):
    return sum(p.numel() for p in m.parameters())
