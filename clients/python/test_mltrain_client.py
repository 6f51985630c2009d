"""Unit tests of mltrain_client (standard library unittest): python3 -m unittest discover clients/python"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mltrain_client as mltrain  # noqa: E402


class ClientTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        root = self.dir.name
        with open(os.path.join(root, "train.csv"), "w") as handle:
            handle.write('x,plan,flag,label\n1.5,"a, b",true,yes\n,basic,,no\n')
        with open(os.path.join(root, "test.csv"), "w") as handle:
            handle.write("x,plan,flag\n2,basic,false\n")
        doc = {
            "protocol": 1, "mode": "train", "params": {"lr": 0.1}, "seed": 3, "trial": 2, "task": "binary",
            "target": "label", "classes": ["no", "yes"], "positive_class": "yes", "features": ["x", "plan", "flag"],
            "weight_column": None,
            "columns": [{"name": "x", "type": "numeric"}, {"name": "plan", "type": "categorical"}, {"name": "flag", "type": "boolean"}, {"name": "label", "type": "categorical"}],
            "metric": "roc_auc", "direction": "maximize", "format": "csv",
            "files": {"train": os.path.join(root, "train.csv"), "validation": None, "test": os.path.join(root, "test.csv")},
            "output_dir": root, "checkpoint_dir": os.path.join(root, "ckpt"), "model_dir": None,
            "predictions": {},
        }
        with open(os.path.join(root, "params.json"), "w") as handle:
            json.dump(doc, handle)
        os.environ["MLTRAIN_PARAMS"] = os.path.join(root, "params.json")
        mltrain._document = None

    def tearDown(self):
        self.dir.cleanup()

    def test_params_and_frames_without_pandas(self):
        self.assertEqual(mltrain.params(), {"lr": 0.1})
        self.assertEqual((mltrain.seed(), mltrain.trial(), mltrain.task()), (3, 2, "binary"))
        rows = mltrain.train_frame(as_pandas=False)
        self.assertEqual(rows, [{"x": 1.5, "plan": "a, b", "flag": True, "label": "yes"}, {"x": None, "plan": "basic", "flag": None, "label": "no"}])
        self.assertIsNone(mltrain.validation_frame())
        self.assertEqual(mltrain.test_frame(as_pandas=False), [{"x": 2.0, "plan": "basic", "flag": False}])
        self.assertTrue(os.path.isdir(mltrain.checkpoint_dir()))

    def test_parquet_parts_need_pandas(self):
        with open(os.environ["MLTRAIN_PARAMS"]) as handle:
            doc = json.load(handle)
        doc["format"] = "parquet"
        with open(os.environ["MLTRAIN_PARAMS"], "w") as handle:
            json.dump(doc, handle)
        mltrain._document = None
        with self.assertRaisesRegex(RuntimeError, "output_format parquet"):
            mltrain.train_frame(as_pandas=False)

    def test_target_codes_spell_labels_like_mltrain(self):
        self.assertEqual(mltrain.target_codes(["yes", "no"]), [1, 0])
        self.assertEqual(mltrain.label_text(1.0), "1")
        self.assertEqual(mltrain.label_text(True), "true")
        with self.assertRaises(ValueError):
            mltrain.target_codes(["maybe"])

    def test_save_predictions(self):
        mltrain.save_predictions("test", [0.25])
        with open(os.path.join(self.dir.name, "predictions-test.csv")) as handle:
            self.assertEqual(handle.read(), "p0,p1\n0.75,0.25\n")
        mltrain.save_predictions("validation", [[0.9, 0.1], (0.5, 0.5)])
        with open(os.path.join(self.dir.name, "predictions-validation.csv")) as handle:
            self.assertEqual(handle.read(), "p0,p1\n0.9,0.1\n0.5,0.5\n")
        with self.assertRaises(ValueError):
            mltrain.save_predictions("validation", [[0.2, 0.3, 0.5]])
        with self.assertRaises(ValueError):
            mltrain.save_predictions("train", [0.1])

    def test_report_prints_a_progress_line(self):
        code = "import mltrain_client as m; m.report(3, 0.81); m.report(4, float('nan'))"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=os.path.dirname(os.path.abspath(__file__)))
        self.assertEqual(out.stdout, 'MLTRAIN {"step": 3, "value": 0.81}\n')

    def test_pandas_frame_when_available(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas is not installed")
        frame = mltrain.train_frame()
        self.assertEqual(list(frame.columns), ["x", "plan", "flag", "label"])
        self.assertEqual(frame["plan"].tolist(), ["a, b", "basic"])
        self.assertTrue(frame["x"].isna().tolist()[1])
        self.assertEqual(frame["flag"].tolist()[0], True)


if __name__ == "__main__":
    unittest.main()
