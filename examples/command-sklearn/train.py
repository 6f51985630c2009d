"""Trains scikit-learn's HistGradientBoostingClassifier for mltrain (model.type: command).

mltrain runs this once per trial with the trial's parameters in params.json. Every `report_every`
boosting rounds it reports the validation ROC AUC (the study's metric), so that the median pruner
can stop a poor trial; on SIGTERM it saves the model into the checkpoint folder and exits, and a
re-run of the same trial continues from there (warm start). mltrain computes every metric itself
from predictions-validation.csv and predictions-test.csv.
"""

import os
import pickle
import sys
from pathlib import Path

try:
    import mltrain_client as mltrain
except ImportError:  # running from this repository: use the shipped client
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "clients" / "python"))
    import mltrain_client as mltrain

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

from features import FeatureEncoder


def main():
    params = mltrain.params()
    max_iter = int(params.get("max_iter", 200))
    report_every = int(params.get("report_every", 10))
    mltrain.handle_sigterm()

    train = mltrain.train_frame()
    validation = mltrain.validation_frame()
    test = mltrain.test_frame()
    encoder = FeatureEncoder.fit(train, mltrain.features(), mltrain.document()["columns"])
    x_train, y_train = encoder.transform(train), np.array(mltrain.target_codes(train[mltrain.target()]))
    x_validation, y_validation = encoder.transform(validation), np.array(mltrain.target_codes(validation[mltrain.target()]))

    checkpoint = Path(mltrain.checkpoint_dir()) / "model.pkl"
    if checkpoint.exists():
        with open(checkpoint, "rb") as handle:
            model = pickle.load(handle)
        print("resuming from %s at %d rounds" % (checkpoint, model.n_iter_))
    else:
        model = HistGradientBoostingClassifier(
            learning_rate=float(params.get("learning_rate", 0.1)),
            max_depth=params.get("max_depth"),
            max_leaf_nodes=int(params.get("max_leaf_nodes", 31)),
            l2_regularization=float(params.get("l2_regularization", 0.0)),
            min_samples_leaf=int(params.get("min_samples_leaf", 20)),
            categorical_features=encoder.categorical_mask,
            early_stopping=False,
            warm_start=True,
            random_state=mltrain.seed() % (2**32),
        )

    rounds = model.n_iter_ if hasattr(model, "n_iter_") else 0
    while rounds < max_iter:
        rounds = min(max_iter, rounds + report_every)
        model.set_params(max_iter=rounds)
        model.fit(x_train, y_train)
        auc = roc_auc_score(y_validation, model.predict_proba(x_validation)[:, 1])
        mltrain.report(rounds, auc)
        if mltrain.stop_requested():
            with open(checkpoint, "wb") as handle:
                pickle.dump(model, handle)
            print("stopped at %d rounds; checkpoint saved" % rounds)
            return

    mltrain.save_predictions("validation", model.predict_proba(x_validation))
    mltrain.save_predictions("test", model.predict_proba(encoder.transform(test)))
    with open(os.path.join(mltrain.output_dir(), "model.pkl"), "wb") as handle:
        pickle.dump({"model": model, "encoder": encoder}, handle)


if __name__ == "__main__":
    main()
