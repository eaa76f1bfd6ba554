"""Language detectors compared on news: accuracy and time per article, beside newsfacts' end-to-end time.

    python benchmarks/bench_language.py [--shared DIR] [--polnear N] [--json]

Texts (read from ``../shared``, never copied): every realnews page (``realnews/*.txt``; the pages whose name holds
``-fr-`` or starts ``37``, ``39``, ``40`` are French, the others English) and the first ``--polnear`` PolNeAR dev and
train texts (English). Each text is judged whole (as newsfacts does, on its first ``newsfacts.language.SAMPLE_CHARS``
characters) and again on its first 200 characters only (a headline and a lead: the short case). Detectors:

- ``py3langid`` (the model ships in the wheel; 97 languages; ``classify`` on the normalised probabilities);
- ``lingua`` (lingua-language-detector; models in the wheel; all 75 languages, high and low accuracy mode);
- ``newsfacts`` (``newsfacts.language.detect``: the one newsfacts uses, with its decision rule).

fasttext-langdetect is not compared: it downloads its model (``lid.176``) at run time, which newsfacts may not do.
Time is the best of ``--repeat`` passes over all texts after a warm-up, per article; the share of end-to-end time
compares it with ``--words-per-second`` (newsfacts' end-to-end throughput from ``bench_extract.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_SHARED = REPO.parent / "shared"
FRENCH_STEMS = ("37", "39", "40")
SHORT = 200


def corpus(shared: Path, polnear: int) -> list[tuple[str, str, str]]:
    """(name, expected language, text) of every realnews page and the first ``polnear`` PolNeAR texts."""
    out = []
    for path in sorted((shared / "realnews").glob("*.txt")):
        french = "-fr-" in path.name or path.name.startswith(FRENCH_STEMS)
        out.append((path.name, "fr" if french else "en", path.read_text(encoding="utf-8")))
    pn = []
    for split in ("dev", "train"):
        pn += sorted((shared / "gold/polnear/data" / split / "text").glob("*.txt"))
    for path in pn[:polnear]:
        out.append((path.name, "en", path.read_text(encoding="utf-8")))
    return out


def detectors() -> dict[str, Callable[[str], str | None]]:
    import py3langid
    from lingua import LanguageDetectorBuilder

    from newsfacts import language

    identifier = py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE, norm_probs=True)
    high = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
    low = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().with_preloaded_language_models().build()

    def lingua(detector):
        def detect(text: str) -> str | None:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None
        return detect

    return {
        "py3langid": lambda text: identifier.classify(text[:language.SAMPLE_CHARS])[0],
        "lingua-high": lingua(high),
        "lingua-low": lingua(low),
        "newsfacts": language.detect,
    }


def measure(detect: Callable[[str], str | None], texts: list[tuple[str, str, str]], cut: int | None,
            repeat: int) -> dict:
    sample = [(name, lang, text[:cut] if cut else text) for name, lang, text in texts]
    detect(sample[0][2])  # warm-up: lazy loading is not timed
    best = float("inf")
    wrong: list[str] = []
    for _ in range(repeat):
        started = time.perf_counter()
        got = [detect(text) for _, _, text in sample]
        best = min(best, time.perf_counter() - started)
        wrong = [f"{name}: {g} (not {lang})" for (name, lang, _), g in zip(sample, got, strict=True) if g != lang]
    return {"right": len(sample) - len(wrong), "of": len(sample), "ms_per_article": 1000 * best / len(sample),
            "wrong": wrong}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    p.add_argument("--polnear", type=int, default=100, metavar="N", help="PolNeAR texts (default 100)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--words-per-second", type=float, default=4399.0,
                   help="newsfacts end to end, from bench_extract.py (default: the README's last measure)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    texts = corpus(args.shared, args.polnear)
    words = sum(len(t.split()) for _, _, t in texts) / len(texts)
    end_to_end_ms = 1000 * words / args.words_per_second
    results = {}
    for name, detect in detectors().items():
        whole = measure(detect, texts, None, args.repeat)
        short = measure(detect, texts, SHORT, args.repeat)
        whole["share_of_end_to_end"] = whole["ms_per_article"] / end_to_end_ms
        results[name] = {"whole": whole, "short": short}
    if args.json:
        print(json.dumps({"texts": len(texts), "mean_words": words, "end_to_end_ms": end_to_end_ms,
                          "results": results}, indent=1))
        return 0
    print(f"{len(texts)} texts ({sum(lang == 'fr' for _, lang, _ in texts)} French), mean {words:.0f} words; "
          f"newsfacts end to end about {end_to_end_ms:.0f} ms an article at {args.words_per_second:.0f} words/s")
    print(f"{'detector':<12} {'whole: right':>13} {'ms/article':>11} {'share':>7} {'first 200 chars: right':>23} "
          f"{'ms/article':>11}")
    for name, r in results.items():
        w, s = r["whole"], r["short"]
        print(f"{name:<12} {w['right']:>7}/{w['of']:<5} {w['ms_per_article']:>11.2f} {w['share_of_end_to_end']:>7.2%} "
              f"{s['right']:>17}/{s['of']:<5} {s['ms_per_article']:>11.2f}")
        for line in (w["wrong"] + [f"(200) {x}" for x in s["wrong"]])[:8]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
