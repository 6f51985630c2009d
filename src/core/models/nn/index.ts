// The mlp engine's public surface (TensorFlow.js stays inside this folder; loading a backend is
// src/adapters/tfjs's job).
export { createMlpTrainer, mlpTrainer, MLP_ENGINE_VERSION, type MlpTrainerOptions } from './mlp-trainer';
export { MlpModel, type MlpModelJson } from './mlp-model';
export { MLP_DEFAULTS, NN_BACKENDS, ACTIVATIONS, OPTIMIZERS, LR_SCHEDULES, readMlpParams, type MlpParams, type NnBackend } from './mlp-params';
export { isMlpCheckpoint, TrainingInterruptedError, type CheckpointOptions, type CheckpointSink, type MlpCheckpoint } from './mlp-checkpoint';
export type { ConcreteBackend, NnRuntime } from './tfjs-runtime';
