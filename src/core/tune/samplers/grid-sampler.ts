import { Rng } from '../../random/rng.js';
import type { CategoricalChoice, Distribution, ParamValue } from '../distributions.js';
import type { FrozenTrial } from '../frozen-trial.js';
import type { StudyView } from '../study-view.js';
import type { Sampler, SearchSpace } from './sampler.js';
import { TrialStreams } from './trial-streams.js';

export type GridSearchSpace = Record<string, readonly CategoricalChoice[]>;

const GRID_ID_KEY = 'grid_id';

export interface GridSamplerOptions {
  seed?: number;
  rng?: Rng;
}

/**
 * Every combination of the given values, in random order without repetition (Optuna's
 * GridSampler). Once every point has been started the study is told to stop ('grid_exhausted');
 * a trial started beyond that (parallel workers) repeats a random point.
 */
export class GridSampler implements Sampler {
  private readonly names: string[];
  private readonly grid: ParamValue[][];
  private readonly streams: TrialStreams;

  constructor(
    private readonly searchSpace: GridSearchSpace,
    options: GridSamplerOptions = {},
  ) {
    this.names = Object.keys(searchSpace).sort();
    for (const name of this.names) if (searchSpace[name].length === 0) throw new RangeError(`grid for "${name}" has no values`);
    this.grid = cartesian(this.names.map((name) => searchSpace[name]));
    this.streams = new TrialStreams(options.rng ?? Rng.fromSeed(options.seed ?? 0).fork('grid-sampler'));
  }

  get size(): number {
    return this.grid.length;
  }

  beforeTrial(study: StudyView, trial: FrozenTrial): void {
    if (GRID_ID_KEY in trial.systemAttrs) return;
    const unvisited = this.unvisited(study);
    const pool = unvisited.length > 0 ? unvisited : this.grid.map((_, id) => id);
    const id = pool[this.streams.of(trial.number).nextInt(pool.length)];
    study.setTrialSystemAttr(trial.number, GRID_ID_KEY, id);
  }

  inferRelativeSearchSpace(): SearchSpace {
    return {};
  }

  sampleRelative(): Record<string, ParamValue> {
    return {};
  }

  sampleIndependent(_study: StudyView, trial: FrozenTrial, name: string, _distribution: Distribution): ParamValue {
    const index = this.names.indexOf(name);
    if (index < 0) throw new Error(`GridSampler: parameter "${name}" is not in the grid (${this.names.join(', ')})`);
    const id = trial.systemAttrs[GRID_ID_KEY];
    if (typeof id !== 'number') throw new Error(`GridSampler: trial ${trial.number} has no grid point`);
    return this.grid[id][index];
  }

  afterTrial(study: StudyView, trial: FrozenTrial): void {
    this.streams.release(trial.number);
    if (this.unvisited(study).length === 0) study.stop('grid_exhausted');
  }

  private unvisited(study: StudyView): number[] {
    const visited = new Set<number>();
    for (const trial of study.getTrials()) {
      const id = trial.systemAttrs[GRID_ID_KEY];
      if (typeof id === 'number') visited.add(id);
    }
    return this.grid.map((_, id) => id).filter((id) => !visited.has(id));
  }
}

function cartesian(lists: ReadonlyArray<readonly ParamValue[]>): ParamValue[][] {
  let out: ParamValue[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((value) => [...prefix, value]));
  return out;
}
