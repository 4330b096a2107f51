"""Adam and global-norm gradient clipping on named numpy arrays, for any model.

Both follow PyTorch step for step: `Adam` is torch.optim.Adam with its defaults (and its
single-tensor update rule), `clip_grad_norm` is torch.nn.utils.clip_grad_norm_. A model's
parameters are a dict {name: array}; gradients are a dict with the same names and shapes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, MutableMapping

import numpy as np


class Adam:
    """Adam (Kingma & Ba) as torch.optim.Adam: updates the arrays of `params` in place.

    Equations::

        g  ← g + λ·θ                                   (weight_decay λ, default 0)
        m  ← m + (1 − β₁)·(g − m)                       (torch's lerp)
        v  ← β₂·v + (1 − β₂)·g²
        θ  ← θ − (η / (1 − β₁ᵏ)) · m / (√v / √(1 − β₂ᵏ) + ε)        at step k = 1, 2, …

    The moments of all arrays live in one flat vector, so a step costs a handful of numpy
    calls whatever the number of arrays.
    """

    def __init__(
        self,
        params: MutableMapping[str, np.ndarray],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
    ) -> None:
        if not lr >= 0.0:
            raise ValueError(f"the learning rate must be ≥ 0, not {lr}")
        if not (0.0 <= betas[0] < 1.0 and 0.0 <= betas[1] < 1.0):
            raise ValueError(f"the betas must lie in [0, 1), not {betas}")
        self.params = params
        self.lr = float(lr)
        self.beta1, self.beta2 = float(betas[0]), float(betas[1])
        self.eps = float(eps)
        self.weight_decay = float(weight_decay)
        self.step_count = 0
        self.keys = tuple(params)
        dtype = np.result_type(*(params[key] for key in self.keys))
        sizes = [params[key].size for key in self.keys]
        ends = np.cumsum(sizes).tolist()
        self._slices = [slice(end - size, end) for end, size in zip(ends, sizes, strict=True)]
        total = int(sum(sizes))
        self.m = np.zeros(total, dtype)
        self.v = np.zeros(total, dtype)
        self._grad = np.empty(total, dtype)
        self._work = np.empty(total, dtype)

    def step(self, grads: Mapping[str, np.ndarray]) -> None:
        """One update of every array in `params` from `grads` (same names and shapes)."""
        g, m, v, work = self._grad, self.m, self.v, self._work
        for key, part in zip(self.keys, self._slices, strict=True):
            g[part] = grads[key].reshape(-1)
        if self.weight_decay:
            for key, part in zip(self.keys, self._slices, strict=True):
                g[part] += self.weight_decay * self.params[key].reshape(-1)
        self.step_count += 1
        k = self.step_count
        np.subtract(g, m, out=work)
        work *= 1.0 - self.beta1
        m += work
        v *= self.beta2
        np.multiply(g, g, out=work)
        work *= 1.0 - self.beta2
        v += work
        step_size = self.lr / (1.0 - self.beta1**k)
        np.sqrt(v, out=work)
        work /= math.sqrt(1.0 - self.beta2**k)
        work += self.eps
        np.divide(m, work, out=work)
        work *= step_size
        for key, part in zip(self.keys, self._slices, strict=True):
            array = self.params[key]
            array -= work[part].reshape(array.shape)


def clip_grad_norm(grads: Mapping[str, np.ndarray], max_norm: float) -> float:
    """Scale all gradients in place so that their joint 2-norm is at most `max_norm`.

    Returns the norm before clipping, as torch.nn.utils.clip_grad_norm_ does.

    Equations::

        ‖g‖ = √(Σ_arrays ‖g_a‖²)
        g_a ← g_a · min(1, max_norm / (‖g‖ + 10⁻⁶))
    """
    norms = [math.sqrt(float(np.vdot(g, g))) for g in grads.values()]
    total = math.sqrt(math.fsum(n * n for n in norms))
    coefficient = max_norm / (total + 1e-6)
    if not coefficient >= 1.0:  # also when the norm is not finite, as torch does
        for g in grads.values():
            g *= coefficient
    return total
