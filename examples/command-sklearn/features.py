"""Turns mltrain's data files into the numeric matrix HistGradientBoostingClassifier takes:
categorical columns become ordinal codes (flagged in categorical_mask), the rest floats."""

import numpy as np
from sklearn.preprocessing import OrdinalEncoder


class FeatureEncoder:
    def __init__(self, names, categorical, ordinal):
        self.names = names
        self.categorical = categorical
        self.ordinal = ordinal
        self.categorical_mask = np.array([name in categorical for name in names])

    @classmethod
    def fit(cls, frame, names, columns):
        types = {column["name"]: column["type"] for column in columns}
        categorical = [name for name in names if types.get(name) == "categorical"]
        ordinal = None
        if categorical:
            ordinal = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan, encoded_missing_value=np.nan)
            ordinal.fit(frame[categorical].astype(object).where(frame[categorical].notna(), None))
        return cls(names, categorical, ordinal)

    def transform(self, frame):
        matrix = np.empty((len(frame), len(self.names)), dtype=float)
        codes = None
        if self.categorical:
            codes = self.ordinal.transform(frame[self.categorical].astype(object).where(frame[self.categorical].notna(), None))
        for j, name in enumerate(self.names):
            if name in self.categorical:
                matrix[:, j] = codes[:, self.categorical.index(name)]
            else:
                matrix[:, j] = frame[name].astype(float).to_numpy()
        return matrix
