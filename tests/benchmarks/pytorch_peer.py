# Reference: the seed's Keras CNN reproduced in PyTorch (Debian python3-torch), CPU, for speed and accuracy comparison.
# usage: python3 tests/benchmarks/pytorch_peer.py MNIST_DIR [epochs] [threads] [seed|default]
# 'default' is DigitPad's default architecture: conv5x5x32-pool-conv5x5x64-pool-fc256-dropout0.4-fc10 (317,066 parameters).
import sys, time, numpy as np, torch, torch.nn as nn


def network(arch):
    """DigitPad's architectures (core/cnn/Architectures.cpp) as PyTorch layers; tests/onnx uses them too."""
    if arch == "default":
        return nn.Sequential(nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Flatten(), nn.Linear(1024, 256), nn.ReLU(), nn.Dropout(0.4), nn.Linear(256, 10))
    return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(64, 64, 3), nn.ReLU(), nn.Flatten(), nn.Linear(576, 64), nn.ReLU(), nn.Linear(64, 10))


def main():
    d = sys.argv[1]; epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    def imgs(p): return np.fromfile(p, np.uint8, offset=16).reshape(-1, 1, 28, 28).astype(np.float32) / 255
    def labs(p): return np.fromfile(p, np.uint8, offset=8).astype(np.int64)
    Xtr, ytr = torch.tensor(imgs(f"{d}/train-images-idx3-ubyte")), torch.tensor(labs(f"{d}/train-labels-idx1-ubyte"))
    Xte, yte = torch.tensor(imgs(f"{d}/t10k-images-idx3-ubyte")), torch.tensor(labs(f"{d}/t10k-labels-idx1-ubyte"))
    torch.manual_seed(0)
    m = network(sys.argv[4] if len(sys.argv) > 4 else "seed")
    opt = torch.optim.Adam(m.parameters(), 1e-3); lossf = nn.CrossEntropyLoss()
    for ep in range(epochs):
        t = time.time(); m.train(); perm = torch.randperm(len(Xtr))
        for i in range(0, len(Xtr), 32):
            idx = perm[i:i+32]; opt.zero_grad(); l = lossf(m(Xtr[idx]), ytr[idx]); l.backward(); opt.step()
        tt = time.time() - t; m.eval()
        with torch.no_grad():
            t = time.time(); p = m(Xte).argmax(1); ti = time.time() - t
        print(f"epoch {ep+1} train_s {tt:.1f} img/s {len(Xtr)/tt:.0f} test_acc {(p == yte).float().mean().item():.4f} infer_10k_s {ti:.2f}", flush=True)
    with torch.no_grad():
        x = Xte[:1]; t = time.time()
        for _ in range(1000): m(x)
        print(f"single-image latency_ms {(time.time()-t):.3f}")


if __name__ == "__main__":
    main()
