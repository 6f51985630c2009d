// Loading TensorFlow.js backends for the mlp engine, and its checkpoint file.
export { BackendUnavailableError, prepareTfjsBackend, type PrepareOptions, type PreparedBackend } from './prepare-tfjs-backend';
export { CheckpointFile } from './checkpoint-file';
export { diagnoseCuda, CUDA_REQUIREMENTS, type CudaDiagnosis, type CudaFacts } from './cuda-diagnosis';
export { probeCuda } from './cuda-probe';
