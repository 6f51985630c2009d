"""Scores new rows with a model trained by train.py (model.predict_command): mltrain passes the
rows as MLTRAIN_TEST and the trained model's folder as MLTRAIN_MODEL_DIR."""

import os
import pickle
import sys
from pathlib import Path

try:
    import mltrain_client as mltrain
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "clients" / "python"))
    import mltrain_client as mltrain

sys.path.insert(0, str(Path(__file__).resolve().parent))  # features.FeatureEncoder, for unpickling


def main():
    with open(os.path.join(mltrain.model_dir(), "model.pkl"), "rb") as handle:
        saved = pickle.load(handle)
    rows = mltrain.test_frame()
    mltrain.save_predictions("test", saved["model"].predict_proba(saved["encoder"].transform(rows)))


if __name__ == "__main__":
    main()
