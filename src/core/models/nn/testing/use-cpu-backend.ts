import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

/** Tests run on TensorFlow.js's pure-JS backend unless they say otherwise; PROD silences its banner. */
export async function useCpuBackend(): Promise<void> {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
}
