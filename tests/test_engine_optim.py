"""Adam and gradient clipping on dicts of arrays, step for step against PyTorch."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_lab.engine.optim import Adam, clip_grad_norm

SHAPES = {"weight": (4, 3), "bias": (4,), "head": (1, 4)}


def arrays(rng: np.random.Generator, scale: float = 1.0) -> dict[str, np.ndarray]:
    return {key: rng.normal(size=shape) * scale for key, shape in SHAPES.items()}


def test_clip_grad_norm_scales_only_long_gradients():
    rng = np.random.default_rng(0)
    grads = arrays(rng)
    total = np.sqrt(sum(np.sum(g * g) for g in grads.values()))
    copies = {key: g.copy() for key, g in grads.items()}
    assert clip_grad_norm(grads, total * 2) == pytest.approx(total, rel=1e-14)
    for key in grads:
        np.testing.assert_array_equal(grads[key], copies[key])
    assert clip_grad_norm(grads, 0.5) == pytest.approx(total, rel=1e-14)
    after = np.sqrt(sum(np.sum(g * g) for g in grads.values()))
    assert after == pytest.approx(0.5, rel=1e-5)


@pytest.mark.parametrize("weight_decay", [0.0, 0.01])
def test_adam_with_clipping_matches_torch(weight_decay):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(1)
    params = arrays(rng)
    tensors = {key: torch.tensor(value, requires_grad=True) for key, value in params.items()}
    ours = Adam(params, lr=0.01, weight_decay=weight_decay)
    theirs = torch.optim.Adam(list(tensors.values()), lr=0.01, weight_decay=weight_decay)
    for _ in range(6):
        grads = arrays(rng, scale=3.0)
        for key, tensor in tensors.items():
            tensor.grad = torch.tensor(grads[key])
        norm = clip_grad_norm(grads, 1.0)
        torch_norm = torch.nn.utils.clip_grad_norm_(list(tensors.values()), 1.0)
        assert norm == pytest.approx(torch_norm.item(), rel=1e-14)
        ours.step(grads)
        theirs.step()
        for key, tensor in tensors.items():
            np.testing.assert_allclose(params[key], tensor.detach().numpy(), rtol=0, atol=1e-14)


def test_adam_defaults_are_torchs():
    torch = pytest.importorskip("torch")
    defaults = torch.optim.Adam([torch.zeros(1, requires_grad=True)]).defaults
    adam = Adam({"w": np.zeros(1)})
    assert (adam.lr, (adam.beta1, adam.beta2), adam.eps, adam.weight_decay) == (
        defaults["lr"],
        defaults["betas"],
        defaults["eps"],
        defaults["weight_decay"],
    )


def test_adam_updates_in_place_and_keeps_dtype():
    params = {"w": np.ones((2, 2), np.float32)}
    original = params["w"]
    Adam(params, lr=0.1).step({"w": np.full((2, 2), 2.0, np.float32)})
    assert params["w"] is original and original.dtype == np.float32
    np.testing.assert_allclose(original, 0.9, rtol=1e-6)
