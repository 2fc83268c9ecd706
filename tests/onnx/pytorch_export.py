"""PyTorch's side of tst_onnx: trains one of DigitPad's architectures briefly in PyTorch, exports it
with torch.onnx.export, and saves PyTorch's own probabilities for the first MNIST test images.

    python3 pytorch_export.py OUT_DIR MNIST_DIR ARCH

Writes OUT_DIR/ARCH.onnx, OUT_DIR/images.f32 (N x 784) and OUT_DIR/probabilities.f32 (N x 10);
prints one JSON line naming the PyTorch version.
"""
import json
import os
import sys

import numpy as np
import torch
from torch import nn

# DigitPad's architectures in PyTorch, written once beside the speed benchmark's peer.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "benchmarks"))
from pytorch_peer import network  # noqa: E402

out_dir, mnist_dir, arch = sys.argv[1:4]
torch.manual_seed(3)
torch.set_num_threads(1)


def images(name):
    return np.fromfile(os.path.join(mnist_dir, name), np.uint8, offset=16).reshape(-1, 1, 28, 28).astype(np.float32) / 255


def labels(name):
    return np.fromfile(os.path.join(mnist_dir, name), np.uint8, offset=8).astype(np.int64)


model = network(arch)

train_x = torch.from_numpy(images("train-images-idx3-ubyte")[:2000])
train_y = torch.from_numpy(labels("train-labels-idx1-ubyte")[:2000])
optimiser = torch.optim.Adam(model.parameters(), 1e-3)
loss = nn.CrossEntropyLoss()
model.train()
for start in range(0, len(train_x), 32):
    optimiser.zero_grad()
    loss(model(train_x[start:start + 32]), train_y[start:start + 32]).backward()
    optimiser.step()

model.eval()
test_x = images("t10k-images-idx3-ubyte")[:500]
with torch.no_grad():
    probabilities = torch.softmax(model(torch.from_numpy(test_x)), dim=1).numpy().astype(np.float32)
torch.onnx.export(model, torch.zeros(1, 1, 28, 28), os.path.join(out_dir, arch + ".onnx"), input_names=["image"],
                  output_names=["scores"], dynamic_axes={"image": {0: "N"}, "scores": {0: "N"}}, opset_version=13)
test_x.tofile(os.path.join(out_dir, "images.f32"))
probabilities.tofile(os.path.join(out_dir, "probabilities.f32"))
print(json.dumps({"torch": torch.__version__, "images": len(test_x)}))
