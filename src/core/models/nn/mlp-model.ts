import type { ParamValue, Task } from '../../config/training-config';
import type { TrainedModel } from '../trainer';
import { base64ToFloat32, float32ToBase64 } from './float32-base64';
import { buildLayout, batchNormWidth, type MlpLayout } from './mlp-layout';
import { ACTIVATIONS, type Activation } from './mlp-params';
import { predictLogits } from './mlp-predict';

/**
 * The mlp engine's part of model.json (`engine.model`), documented for other readers:
 * - `layers`: the hidden widths, their activation and whether batch norm follows each kernel; the
 *   output layer has `output_dim` units (1 for binary and regression, k for multiclass).
 * - `weights`: base64 of little-endian float32, all parameters in layer order; per hidden layer
 *   kernel [inputs, units] row-major, then gamma and beta (batch norm) or bias; then the output
 *   kernel and bias. `running`: per batch-norm layer its running means then variances.
 * - `target_scale`: regression predictions are logit * std + mean; identity for classification.
 * - binary outputs are sigmoid(logit), multiclass softmax over the k logits.
 */
export interface MlpModelJson {
  format: 'mltrain-mlp';
  version: 1;
  task: Task;
  num_classes: number;
  input_dim: number;
  output_dim: number;
  layers: { hidden: number[]; activation: Activation; batch_norm: boolean };
  weights: string;
  running: string;
  target_scale: { mean: number; std: number };
  params: Record<string, ParamValue>;
  epochs_run: number;
  best_epoch: number;
  validation_history: number[];
  stop_reason: string;
  backend: string;
  device: string;
  engine_version: string;
}

export class MlpModel implements TrainedModel {
  readonly engine = 'mlp' as const;
  private readonly layout: MlpLayout;
  private readonly theta: Float32Array;
  private readonly running: Float32Array;

  constructor(private readonly json: MlpModelJson) {
    this.layout = buildLayout(json.input_dim, json.layers.hidden, json.layers.activation, json.layers.batch_norm, json.output_dim);
    this.theta = base64ToFloat32(json.weights);
    this.running = base64ToFloat32(json.running);
    if (this.theta.length !== this.layout.size || this.running.length !== 2 * batchNormWidth(this.layout)) {
      throw new Error(`internal error: mlp weights hold ${this.theta.length} values, the layers need ${this.layout.size}`);
    }
  }

  get engineVersion(): string {
    return this.json.engine_version;
  }
  get params(): Record<string, ParamValue> {
    return { ...this.json.params };
  }
  get iterations(): number {
    return this.json.epochs_run;
  }
  /** Which backend trained the model (lineage.backend) and on what device. */
  get backend(): string {
    return this.json.backend;
  }
  get device(): string {
    return this.json.device;
  }
  get bestEpoch(): number {
    return this.json.best_epoch;
  }
  get validationHistory(): readonly number[] {
    return this.json.validation_history;
  }

  predict(features: Float64Array[]): Float64Array {
    if (features.length !== this.json.input_dim) {
      throw new Error(`internal error: mlp model expects ${this.json.input_dim} features, got ${features.length}`);
    }
    const logits = predictLogits(this.layout, this.theta, this.running, features);
    const { task, output_dim: k, target_scale: scale } = this.json;
    if (task === 'binary') return logits.map((z) => 1 / (1 + Math.exp(-z)));
    if (task === 'regression') return logits.map((z) => z * scale.std + scale.mean);
    const rows = logits.length / k;
    for (let i = 0; i < rows; i++) {
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, logits[i * k + c]);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += logits[i * k + c] = Math.exp(logits[i * k + c] - max);
      for (let c = 0; c < k; c++) logits[i * k + c] /= sum;
    }
    return logits;
  }

  toJSON(): MlpModelJson {
    return this.json;
  }
}

export function encodeWeights(values: Float32Array): string {
  return float32ToBase64(values);
}

/** Rebuilds a model from model.json's engine part, refusing anything malformed. */
export function mlpModelFromJson(json: unknown): MlpModel {
  const c = json as Partial<MlpModelJson> | null;
  const ok =
    !!c &&
    c.format === 'mltrain-mlp' &&
    c.version === 1 &&
    typeof c.weights === 'string' &&
    typeof c.running === 'string' &&
    typeof c.input_dim === 'number' &&
    typeof c.output_dim === 'number' &&
    !!c.layers &&
    Array.isArray(c.layers.hidden) &&
    (ACTIVATIONS as readonly string[]).includes(c.layers.activation as string) &&
    !!c.target_scale;
  if (!ok) throw new Error('not an mlp model (expected format mltrain-mlp version 1 with layers and weights)');
  return new MlpModel(c as MlpModelJson);
}
