"""How long the crisis risk model's sentence encoder takes a message.

    .venv/bin/python bench/encoder_speed.py [--messages 300] [--blas-threads N]

Encodes visitor-sized messages one at a time (as Rasa does, one message a turn)
and prints ms per message (median and p95). `--blas-threads` leaves OpenBLAS at
N threads instead of the encoder's one, to show what the limit buys on this
machine. Machine load changes the figures; the 1-minute load average is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

MESSAGES = [
    "how much does spravato cost with insurance?",
    "hola quiero saber si aceptan seguro medico para la ketamina nasal por favor",
    "ok",
    "I have had CRPS in my left foot for six years and nothing has worked, can the nasal spray help me",
    "my friend took a bunch of pills and I can't wake her up",
    "¿cuánto tiempo tengo que quedarme después de la dosis?",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--blas-threads", type=int, default=0,
                        help="OpenBLAS threads instead of the encoder's limit of one")
    args = parser.parse_args()

    from bot.crisis.sentence_encoder import SentenceEncoder

    encoder = SentenceEncoder.load()
    if args.blas_threads:
        encoder.blas_threads = args.blas_threads
    encoder.encode(MESSAGES)  # warm up
    times = []
    for i in range(args.messages):
        start = time.perf_counter()
        encoder.encode([MESSAGES[i % len(MESSAGES)]])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"blas threads: {args.blas_threads or 1}; load average {os.getloadavg()[0]:.2f}")
    print(f"ms per message: median {statistics.median(times):.1f}, "
          f"p95 {times[int(len(times) * 0.95)]:.1f}")


if __name__ == "__main__":
    main()
