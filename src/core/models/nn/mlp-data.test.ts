import { describe, expect, it } from 'vitest';
import { base64ToFloat32, float32ToBase64 } from './float32-base64';
import { classWeights, permuteRows, targetScaling, toDeviceData } from './mlp-data';

describe('mlp data preparation', () => {
  it("'balanced' class weights are scikit-learn's n / (k * count_c)", () => {
    // compute_class_weight('balanced', classes=[0,1,2], y=[0,0,0,0,1,1,2,2,2,2,2,2]) = [1, 2, 0.6667]
    const label = Float64Array.from([0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(Array.from(classWeights('balanced', label, 3) as Float64Array)).toEqual([1, 2, 12 / 18]);
    expect(Array.from(classWeights({ '2': 5 }, label, 3) as Float64Array)).toEqual([1, 1, 5]);
    expect(classWeights(null, label, 3)).toBeNull();
  });

  it('lays features out row-major (missing as 0), one-hot multiclass targets, weights = row x class', () => {
    const data = { features: [Float64Array.from([1, NaN, 3]), Float64Array.from([4, 5, 6])], label: Float64Array.from([2, 0, 1]), weight: Float64Array.from([1, 2, 3]) };
    const device = toDeviceData(data, 'multiclass', 3, { mean: 0, std: 1 }, Float64Array.from([10, 20, 30]));
    expect(Array.from(device.x)).toEqual([1, 4, 0, 5, 3, 6]);
    expect(Array.from(device.target)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
    expect(Array.from(device.weight as Float32Array)).toEqual([30, 20, 60]);
    const permuted = permuteRows(device, Uint32Array.from([2, 0, 1]));
    expect(Array.from(permuted.x)).toEqual([3, 6, 1, 4, 0, 5]);
    expect(Array.from(permuted.target)).toEqual([0, 1, 0, 0, 0, 1, 1, 0, 0]);
    expect(Array.from(permuted.weight as Float32Array)).toEqual([60, 30, 20]);
  });

  it('standardises regression targets with the population std (1 when constant)', () => {
    expect(targetScaling('regression', Float64Array.from([1, 3]))).toEqual({ mean: 2, std: 1 });
    expect(targetScaling('regression', Float64Array.from([5, 5]))).toEqual({ mean: 5, std: 1 });
    expect(targetScaling('binary', Float64Array.from([0, 1]))).toEqual({ mean: 0, std: 1 });
  });

  it('round-trips float32 arrays through base64, including sizes past one chunk', () => {
    const values = Float32Array.from({ length: 40000 }, (_, i) => Math.sin(i) * 1e3);
    const decoded = base64ToFloat32(float32ToBase64(values));
    expect(decoded.length).toBe(values.length);
    expect(decoded.every((v, i) => v === values[i])).toBe(true);
    expect(float32ToBase64(Float32Array.from([1]))).toBe('AACAPw==');
  });
});
