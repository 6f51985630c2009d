"""mltrain command protocol 1: a helper for training programs run by `model.type: command`.

Standard library only (pandas is used when it is importable). Copy this file next to your script
or put its folder on PYTHONPATH. The protocol is described in docs/command-protocol.md:

    import mltrain_client as mltrain

    params = mltrain.params()                 # this trial's hyperparameters
    train = mltrain.train_frame()             # pandas DataFrame (or list of dicts without pandas)
    for epoch in range(params["epochs"]):
        ...
        mltrain.report(epoch, validation_auc)  # feeds mltrain's pruners
    mltrain.save_predictions("validation", model.predict_proba(X_validation))
    mltrain.save_predictions("test", model.predict_proba(X_test))
"""

import csv
import json
import math
import os
import signal
import sys

PROTOCOL = 1
PARTS = ("train", "validation", "test")
PREDICTED_PARTS = ("validation", "test")
_document = None
_stop_requested = False


def document():
    """The whole params.json of this run (protocol, params, seed, trial, task, classes, files...)."""
    global _document
    if _document is None:
        path = os.environ.get("MLTRAIN_PARAMS")
        if not path:
            raise RuntimeError("MLTRAIN_PARAMS is not set: run this program through mltrain (model.type: command)")
        with open(path, encoding="utf-8") as handle:
            _document = json.load(handle)
        if _document.get("protocol") != PROTOCOL:
            raise RuntimeError("mltrain_client speaks protocol %d, params.json has %r" % (PROTOCOL, _document.get("protocol")))
    return _document


def params():
    """This trial's hyperparameters: the config's model.params with the sampled values on top."""
    return dict(document()["params"])


def seed():
    return int(document()["seed"])


def trial():
    """The trial number, from 0."""
    return int(document()["trial"])


def task():
    """'binary', 'multiclass' or 'regression'."""
    return document()["task"]


def target():
    return document()["target"]


def classes():
    """Class labels as text in mltrain's order (binary: [negative, positive]); None for regression."""
    return document()["classes"]


def features():
    return list(document()["features"])


def mode():
    """'train' or 'predict' (model.predict_command)."""
    return document()["mode"]


def output_dir():
    """Where predictions and model files go (the best trial's folder becomes the model)."""
    return document()["output_dir"]


def checkpoint_dir():
    """A folder kept across re-runs of the same trial: save state here on SIGTERM, resume from it."""
    path = document()["checkpoint_dir"]
    if path is None:
        raise RuntimeError("no checkpoint folder in predict mode")
    os.makedirs(path, exist_ok=True)
    return path


def model_dir():
    """Predict mode: the folder of the trained model (the training run's output folder)."""
    return document()["model_dir"]


def report(step, value):
    """Reports an intermediate value (e.g. the validation metric after an epoch) for pruning."""
    value = float(value)
    if not math.isfinite(value):
        return
    sys.stdout.write("MLTRAIN %s\n" % json.dumps({"step": int(step), "value": value}))
    sys.stdout.flush()


def handle_sigterm():
    """From now on SIGTERM (pruned, over budget, timed out) sets stop_requested() instead of ending
    the program, so that it can save a checkpoint and exit; mltrain sends SIGKILL after a grace period."""

    def on_term(_signum, _frame):
        global _stop_requested
        _stop_requested = True

    signal.signal(signal.SIGTERM, on_term)


def stop_requested():
    return _stop_requested


def _column_types():
    return {column["name"]: column["type"] for column in document()["columns"]}


def _convert(text, kind):
    if text == "":
        return None
    if kind == "numeric":
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


def _frame(part, as_pandas):
    path = document()["files"][part]
    if path is None:
        return None
    if document().get("format") == "parquet":
        return _parquet_frame(path, as_pandas)
    types = _column_types()
    if as_pandas is not False:
        try:
            import pandas
        except ImportError:
            if as_pandas:
                raise
        else:
            with open(path, encoding="utf-8", newline="") as handle:
                header = next(csv.reader(handle))
            dtypes = {name: "string" for name in header if types.get(name) == "categorical"}
            dates = [name for name in header if types.get(name) == "datetime"]
            booleans = [name for name in header if types.get(name) == "boolean"]
            frame = pandas.read_csv(path, dtype=dtypes, parse_dates=dates, keep_default_na=False, na_values=[""])
            for name in booleans:
                frame[name] = frame[name].map({"true": True, "false": False, True: True, False: False}).astype("boolean")
            return frame
    with open(path, encoding="utf-8", newline="") as handle:
        return [{name: _convert(value, types.get(name, "categorical")) for name, value in row.items()} for row in csv.DictReader(handle)]


def _parquet_frame(path, as_pandas):
    # Parquet has no standard-library reader: output_format parquet needs pandas with pyarrow or fastparquet.
    if as_pandas is False:
        raise RuntimeError("output_format parquet: the parts are Parquet files, which only pandas can read here; use output_format csv for lists of dicts")
    try:
        import pandas
    except ImportError as error:
        raise RuntimeError("output_format parquet needs pandas (and pyarrow or fastparquet) to read %s" % path) from error
    return pandas.read_parquet(path)


def train_frame(as_pandas=None):
    """The training part (features, target, weight column): a pandas DataFrame when pandas is
    importable (as_pandas=None), else a list of dicts (numbers as float, missing as None)."""
    return _frame("train", as_pandas)


def validation_frame(as_pandas=None):
    """The validation part, or None when the run has none."""
    return _frame("validation", as_pandas)


def test_frame(as_pandas=None):
    """The rows to predict (the test part in training, the input rows in predict mode): no target."""
    return _frame("test", as_pandas)


def label_text(value):
    """A target value spelled as mltrain spells class labels (1.0 -> '1', True -> 'true')."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "item"):
        return label_text(value.item())
    return str(value)


def target_codes(values):
    """Class indices (position in classes()) for a sequence of target values."""
    index = {label: i for i, label in enumerate(classes())}
    codes = []
    for value in values:
        text = label_text(value)
        if text not in index:
            raise ValueError("target value %r is not one of the classes %r" % (value, classes()))
        codes.append(index[text])
    return codes


def _rows(predictions):
    if hasattr(predictions, "to_numpy"):
        predictions = predictions.to_numpy()
    if hasattr(predictions, "tolist"):
        predictions = predictions.tolist()
    return list(predictions)


def save_predictions(part, predictions):
    """Writes predictions-<part>.csv. Classification: one row of class probabilities per input row
    (columns in classes() order, e.g. predict_proba), or for binary one P(positive class) per row;
    regression: one value per row."""
    if part not in PREDICTED_PARTS:
        raise ValueError("part must be one of %r" % (PREDICTED_PARTS,))
    rows = _rows(predictions)
    labels = classes()
    path = os.path.join(output_dir(), "predictions-%s.csv" % part)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if labels is None:
            writer.writerow(["prediction"])
            for row in rows:
                writer.writerow([repr(float(row[0] if isinstance(row, (list, tuple)) else row))])
            return path
        writer.writerow(["p%d" % i for i in range(len(labels))])
        for row in rows:
            if not isinstance(row, (list, tuple)):
                if len(labels) != 2:
                    raise ValueError("multiclass predictions need one probability per class and row")
                row = [1.0 - float(row), float(row)]
            if len(row) != len(labels):
                raise ValueError("a row has %d probabilities, expected %d (classes %r)" % (len(row), len(labels), labels))
            writer.writerow([repr(float(p)) for p in row])
    return path
