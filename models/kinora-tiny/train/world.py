"""The procedural world kinora-tiny is trained on: four original characters, five motions,
four backgrounds, 16-frame 64x64 clips drawn with signed-distance sprites in batched torch.

Randomness is kept where it teaches the model something (where a character starts, how fast,
how big) and removed where it only adds noise (spin direction, ground height), so a small model
learns the motions rather than the jitter.
"""
import math
import torch

FRAMES, SIZE, FPS = 16, 64, 8
CHARACTERS = ["pip", "bolt", "nova", "gloop"]
MOTIONS = ["walk_left", "walk_right", "jump", "spin", "grow"]
BACKGROUNDS = ["day", "sunset", "snow", "night"]
GROUND = 52.0  # y of the grass line / floor, in pixels

# Saturated sprite colours (RGB in [0,1]); backgrounds are kept lighter or darker than these.
BODY = {
    "pip": (1.00, 0.50, 0.05),   # orange fox
    "bolt": (0.15, 0.35, 0.95),  # blue robot
    "nova": (0.20, 0.85, 0.25),  # green star
    "gloop": (0.58, 0.18, 0.80), # purple slime
}
OUTLINE = (0.08, 0.08, 0.12)
EYE = (1.0, 1.0, 1.0)


def background(name: str, device=None) -> torch.Tensor:
    """(3, H, W) background image."""
    y = torch.linspace(0, 1, SIZE, device=device).view(SIZE, 1).expand(SIZE, SIZE)
    def mix(a, b, w):
        a = torch.tensor(a, device=device).view(3, 1, 1)
        b = torch.tensor(b, device=device).view(3, 1, 1)
        return a * (1 - w) + b * w
    rows = torch.arange(SIZE, device=device).view(SIZE, 1).expand(SIZE, SIZE)
    ground = (rows >= GROUND).float()
    if name == "day":
        sky = mix((0.50, 0.76, 0.98), (0.70, 0.87, 1.00), y)
        grass = mix((0.36, 0.56, 0.22), (0.36, 0.56, 0.22), y)
        return sky * (1 - ground) + grass * ground
    if name == "sunset":
        return mix((1.00, 0.72, 0.45), (0.46, 0.32, 0.58), y)
    if name == "snow":
        return mix((0.90, 0.93, 0.97), (0.97, 0.98, 1.00), y)
    if name == "night":
        return mix((0.03, 0.05, 0.16), (0.07, 0.09, 0.26), y)
    raise ValueError(name)


def _smooth(sdf: torch.Tensor) -> torch.Tensor:
    """Coverage from a signed distance (negative inside), anti-aliased over about one pixel."""
    return (0.5 - sdf).clamp(0, 1)


def _star_sdf(u, v, r_out, r_in):
    """Approximate SDF of a five-pointed star pointing up (polar interpolation between radii)."""
    ang = torch.atan2(u, -v)  # 0 at the top
    rad = torch.sqrt(u * u + v * v)
    k = (ang / (2 * math.pi / 5)).remainder(1.0)  # position inside one point's sector
    tri = (k - 0.5).abs() * 2  # 1 at a tip, 0 between tips
    edge = r_in + (r_out - r_in) * tri
    return (rad - edge) * 0.8


def _sprite_layers(char: str, u, v, r):
    """Returns list of (coverage, colour) painted in order, in sprite-local coords (y down)."""
    if char == "pip":
        body = torch.sqrt(u * u + v * v) - r
        ears = []
        for side in (-1.0, 1.0):
            # triangle ear: tip above the body, base on the body's upper edge
            cx = side * 0.5 * r
            du = (u - cx).abs()
            top = -1.45 * r
            h = (v - top) / (0.75 * r)  # 0 at tip, 1 at base
            width = 0.38 * r * h
            inside = torch.maximum(du - width, torch.maximum(-(v - top), v - (top + 0.8 * r)))
            ears.append(inside)
        shape = torch.minimum(body, torch.minimum(ears[0], ears[1]))
        eye = torch.sqrt((u - 0.35 * r) ** 2 + (v + 0.15 * r) ** 2) - 0.16 * r
        nose = torch.sqrt((u - 0.8 * r) ** 2 + (v - 0.1 * r) ** 2) - 0.12 * r
        return shape, [(eye, OUTLINE), (nose, OUTLINE)]
    if char == "bolt":
        half = 0.85 * r
        box = torch.maximum(u.abs(), v.abs()) - half
        stem = torch.maximum((u - 0.2 * r).abs() - 0.09 * r, (v + half + 0.25 * r).abs() - 0.28 * r)
        ball = torch.sqrt((u - 0.2 * r) ** 2 + (v + half + 0.55 * r) ** 2) - 0.2 * r
        shape = torch.minimum(box, torch.minimum(stem, ball))
        eye1 = torch.maximum((u + 0.35 * r).abs(), (v + 0.2 * r).abs()) - 0.14 * r
        eye2 = torch.maximum((u - 0.35 * r).abs(), (v + 0.2 * r).abs()) - 0.14 * r
        mouth = torch.maximum(u.abs() - 0.45 * r, (v - 0.4 * r).abs() - 0.06 * r)
        return shape, [(torch.minimum(eye1, eye2), EYE), (mouth, OUTLINE)]
    if char == "nova":
        shape = _star_sdf(u, v, 1.2 * r, 0.55 * r)
        eye = torch.sqrt((u - 0.18 * r) ** 2 + (v + 0.05 * r) ** 2) - 0.12 * r
        return shape, [(eye, OUTLINE)]
    if char == "gloop":
        # blob: wide ellipse with a flat bottom and a drip on one side
        ell = torch.sqrt((u / 1.15) ** 2 + (v / 0.9) ** 2) * 1.0 - r
        flat = v - 0.55 * r
        drip = torch.sqrt((u + 0.75 * r) ** 2 + (v - 0.55 * r) ** 2) - 0.3 * r
        shape = torch.minimum(torch.maximum(ell, flat), drip)
        eye1 = torch.sqrt((u - 0.05 * r) ** 2 + (v + 0.25 * r) ** 2) - 0.2 * r
        eye2 = torch.sqrt((u - 0.55 * r) ** 2 + (v + 0.25 * r) ** 2) - 0.2 * r
        return shape, [(torch.minimum(eye1, eye2), EYE)]
    raise ValueError(char)


def trajectory(motion: str, gen: torch.Generator, spread: float = 1.0):
    """Per-frame (x, y, radius, angle) tensors of shape (T,) for one clip.

    `spread` scales every random range about its centre: 1 is the full world; smaller values keep
    clips closer to each motion's typical path, which makes the text -> motion mapping sharper."""
    t = torch.arange(FRAMES, dtype=torch.float32)
    s = t / (FRAMES - 1)
    def rnd(a, b):
        return (a + b) / 2 + (b - a) * spread * (torch.rand((), generator=gen).item() - 0.5)
    r0 = rnd(7.0, 9.0)
    r = torch.full((FRAMES,), r0)
    angle = torch.zeros(FRAMES)
    if motion in ("walk_left", "walk_right"):
        dist = rnd(24.0, 32.0)
        if motion == "walk_right":
            x0 = rnd(10.0, 54.0 - dist)
            x = x0 + dist * s
        else:
            x0 = rnd(10.0 + dist, 54.0)
            x = x0 - dist * s
        bob = 1.5 * torch.sin(s * math.pi * 4).abs()  # two steps: a small bounce
        y = GROUND - r0 - bob
    elif motion == "jump":
        x = torch.full((FRAMES,), rnd(20.0, 44.0))
        h = rnd(14.0, 20.0)
        y = GROUND - r0 - h * 4 * s * (1 - s)
    elif motion == "spin":
        x = torch.full((FRAMES,), rnd(20.0, 44.0))
        y = torch.full((FRAMES,), GROUND - r0 * 1.25)
        angle = 2 * math.pi * s  # one clockwise turn
    elif motion == "grow":
        r0 = rnd(6.0, 7.5)
        g = rnd(0.55, 0.7)
        r = r0 * (1 + g * s)
        x = torch.full((FRAMES,), rnd(24.0, 40.0))
        y = GROUND - r
    else:
        raise ValueError(motion)
    return x, y, r, angle


def render(char: str, motion: str, bg: str, gen: torch.Generator, spread: float = 1.0) -> torch.Tensor:
    """One clip as (3, T, H, W) in [0, 1]."""
    x, y, r, angle = trajectory(motion, gen, spread)
    grid = torch.arange(SIZE, dtype=torch.float32) + 0.5
    py = grid.view(1, SIZE, 1)
    px = grid.view(1, 1, SIZE)
    dx = px - x.view(-1, 1, 1)
    dy = py - y.view(-1, 1, 1)
    c, s_ = torch.cos(angle).view(-1, 1, 1), torch.sin(angle).view(-1, 1, 1)
    u = c * dx + s_ * dy
    v = -s_ * dx + c * dy
    rr = r.view(-1, 1, 1)
    shape, details = _sprite_layers(char, u, v, rr)
    img = background(bg).unsqueeze(1).expand(3, FRAMES, SIZE, SIZE).clone()
    def paint(img, sdf, colour):
        a = _smooth(sdf).unsqueeze(0)
        col = torch.tensor(colour).view(3, 1, 1, 1)
        return img * (1 - a) + col * a
    img = paint(img, shape - 1.0, OUTLINE)  # 1 px dark outline
    img = paint(img, shape, BODY[char])
    for sdf, colour in details:
        img = paint(img, sdf, colour)
    return img.clamp(0, 1)


# ---- captions -------------------------------------------------------------------------------

CHAR_WORDS = {
    "pip": ["pip", "fox", "pip the fox", "the orange fox", "a fox", "pip the orange fox"],
    "bolt": ["bolt", "robot", "bolt the robot", "the blue robot", "a robot", "bolt the blue robot"],
    "nova": ["nova", "star", "nova the star", "the green star", "a star", "nova the green star"],
    "gloop": ["gloop", "slime", "blob", "gloop the slime", "the purple blob", "a slime", "gloop the purple slime"],
}
MOTION_WORDS = {
    "walk_left": ["walks left", "walks to the left", "strolls left", "moves to the left", "goes left", "goes to the left", "walking left"],
    "walk_right": ["walks right", "walks to the right", "strolls right", "moves to the right", "goes right", "goes to the right", "walking right"],
    "jump": ["jumps", "hops", "leaps", "jumps up", "hops up and down", "jumping", "leaping"],
    "spin": ["spins", "twirls", "rotates", "spins around", "twirls around", "spinning", "rotating"],
    "grow": ["grows", "gets bigger", "comes closer", "grows bigger", "growing", "getting bigger"],
}
BG_WORDS = {
    "day": ["on a sunny day", "in the daytime", "on a sunny meadow", "in daytime", "under a sunny sky", "day"],
    "sunset": ["at dusk", "in the evening", "at sunset", "on a dusk evening", "evening", "sunset"],
    "snow": ["in the snow", "on a snowy day", "in winter", "in a snowy field", "winter", "snowy"],
    "night": ["at night", "at midnight", "on a dark night", "in the dark", "night", "midnight"],
}
TRAIN_TEMPLATES = [
    "{c} {m} {b}",
    "{b}, {c} {m}",
    "a video of {c} that {m} {b}",
    "{c} {m}",
    "cartoon {c} {m} {b}",
    "clip: {c} {m} {b}",
    "{c} happily {m} {b}",
]
# Phrasings never used verbatim in training: the judge prompts with these.
EVAL_TEMPLATES = [
    "watch {c} as it {m} {b} please",
    "show me {c} who {m} {b}",
    "{b} scene where {c} {m}",
    "an animation: {c} {m} {b}, cute style",
]
FILLER = ["cute", "little", "small", "happy", "simple", "animation", "scene", "very", "nice", "slowly", "quickly"]


def caption(char, motion, bg, gen: torch.Generator, templates=TRAIN_TEMPLATES) -> str:
    def pick(xs):
        return xs[int(torch.randint(len(xs), (), generator=gen))]
    t = pick(templates)
    text = t.format(c=pick(CHAR_WORDS[char]), m=pick(MOTION_WORDS[motion]), b=pick(BG_WORDS[bg]))
    if "{b}" not in t:
        pass  # background-free captions teach that the background is optional
    if torch.rand((), generator=gen) < 0.2:
        text = pick(FILLER) + " " + text
    return text


def sample_labels(gen: torch.Generator):
    return (
        CHARACTERS[int(torch.randint(4, (), generator=gen))],
        MOTIONS[int(torch.randint(5, (), generator=gen))],
        BACKGROUNDS[int(torch.randint(4, (), generator=gen))],
    )
