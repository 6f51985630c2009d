export const USAGE = `mltrain: train, tune and gate machine-learning models from a training config

Usage:
  mltrain run <config> [--output-dir DIR] [--baseline-model FILE]
                                             train, evaluate and gate; write metrics.json, the model and reports
  mltrain validate <config>...               check configs (schema, keys, types, files) without training
  mltrain predict --model FILE --data FILE --output FILE
                                             score new rows with a saved model.json
  mltrain data profile <file> --output FILE [--target COLUMN]
                                             per-column statistics, the reference for drift checks
  mltrain init [dir]                         write a commented training_config.yaml and workflow files (never overwrites)
  mltrain matrix [glob] [--base REF --head REF]
                                             configs changed between two refs (or all), as JSON for strategy.matrix
  mltrain --help                             this text
  mltrain --version                          the version

Options:
  --output-dir DIR   where \`run\` writes its files (default .mltrain/<name> in the current folder)
  --baseline-model FILE
                     a model.json to compare with (baseline gates; in Actions: the base branch's models/<name>/model.json)
  --verbose          more detail, and the stack trace of an internal error

Exit codes: 0 passed, 1 a quality gate failed, 2 invalid config or data, 3 internal error.
Docs: schemas/training-config.schema.json describes every config key.`;
