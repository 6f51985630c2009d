import type { Distribution, ParamValue } from '../distributions.js';
import { containsInternal, toInternal } from '../distributions.js';
import type { AttrValue, FrozenTrial, StudyDirection } from '../frozen-trial.js';
import { emptyTrial, isFinished } from '../frozen-trial.js';
import type { Operation } from './operations.js';
import type { StudyStorage, TrialFinish, TrialStart } from './study-storage.js';

interface StudyRecord {
  direction: StudyDirection;
  trials: FrozenTrial[];
  userAttrs: Record<string, AttrValue>;
}

/**
 * A storage whose state is the result of applying operations in order. Subclasses decide where the
 * operations go (`persist`): nowhere (in memory) or an append-only journal.
 */
export abstract class ReplicaStorage implements StudyStorage {
  private readonly studies = new Map<string, StudyRecord>();

  /** Makes one applied operation durable (or not). */
  protected abstract persist(operation: Operation): void;
  abstract flush(): Promise<void>;

  async openStudy(studyName: string, direction: StudyDirection): Promise<void> {
    await this.sync(studyName);
    const existing = this.studies.get(studyName);
    if (existing) {
      if (existing.direction !== direction) {
        throw new Error(`study "${studyName}" exists with direction ${existing.direction}, not ${direction}`);
      }
      return;
    }
    this.write({ op: 'create_study', study: studyName, direction });
  }

  async sync(_studyName: string): Promise<void> {}

  getAllTrials(studyName: string): readonly FrozenTrial[] {
    return this.study(studyName).trials;
  }

  getTrial(studyName: string, number: number): FrozenTrial {
    const trial = this.study(studyName).trials[number];
    if (!trial) throw new RangeError(`study "${studyName}" has no trial ${number}`);
    return trial;
  }

  async createTrial(studyName: string, start: TrialStart): Promise<number> {
    this.write({ op: 'create_trial', study: studyName, ...start });
    return this.study(studyName).trials.length - 1;
  }

  startWaitingTrial(studyName: string, number: number, startedAtMs: number): void {
    this.write({ op: 'start_trial', study: studyName, trial: number, startedAtMs });
  }

  setTrialParam(studyName: string, number: number, name: string, distribution: Distribution, value: ParamValue): void {
    this.write({ op: 'set_param', study: studyName, trial: number, name, distribution, value });
  }

  setTrialIntermediateValue(studyName: string, number: number, step: number, value: number): void {
    this.write({ op: 'report', study: studyName, trial: number, step, value });
  }

  setTrialSystemAttr(studyName: string, number: number, key: string, value: AttrValue): void {
    this.write({ op: 'set_system_attr', study: studyName, trial: number, key, value });
  }

  setTrialUserAttr(studyName: string, number: number, key: string, value: AttrValue): void {
    this.write({ op: 'set_user_attr', study: studyName, trial: number, key, value });
  }

  finishTrial(studyName: string, number: number, finish: TrialFinish): void {
    this.write({ op: 'finish_trial', study: studyName, trial: number, ...finish });
  }

  setStudyUserAttr(studyName: string, key: string, value: AttrValue): void {
    this.write({ op: 'set_study_user_attr', study: studyName, key, value });
  }

  getStudyUserAttrs(studyName: string): Readonly<Record<string, AttrValue>> {
    return this.study(studyName).userAttrs;
  }

  /** Applies then persists: a rejected operation is never written. */
  protected write(operation: Operation): void {
    this.apply(operation);
    this.persist(operation);
  }

  /** Applies one operation to the replica; throws on an operation that does not fit the state. */
  protected apply(operation: Operation): void {
    if (operation.op === 'create_study') {
      if (this.studies.has(operation.study)) throw new Error(`study "${operation.study}" already exists`);
      this.studies.set(operation.study, { direction: operation.direction, trials: [], userAttrs: {} });
      return;
    }
    const study = this.study(operation.study);
    switch (operation.op) {
      case 'set_study_user_attr':
        study.userAttrs = { ...study.userAttrs, [operation.key]: operation.value };
        return;
      case 'create_trial': {
        const base = emptyTrial(study.trials.length, operation.startedAtMs);
        const systemAttrs: Record<string, AttrValue> = operation.fixedParams ? { fixedParams: operation.fixedParams } : {};
        study.trials.push({ ...base, state: operation.state, systemAttrs });
        return;
      }
      default:
        break;
    }
    const trial = this.getTrial(operation.study, operation.trial);
    if (isFinished(trial.state)) throw new Error(`trial ${trial.number} of "${operation.study}" is already finished (${trial.state})`);
    study.trials[trial.number] = updated(trial, operation);
  }

  private study(studyName: string): StudyRecord {
    const study = this.studies.get(studyName);
    if (!study) throw new Error(`no study named "${studyName}"`);
    return study;
  }
}

function updated(trial: FrozenTrial, operation: Operation): FrozenTrial {
  switch (operation.op) {
    case 'start_trial':
      if (trial.state !== 'waiting') throw new Error(`trial ${trial.number} is ${trial.state}, not waiting`);
      return { ...trial, state: 'running', startedAtMs: operation.startedAtMs };
    case 'set_param': {
      if (operation.name in trial.params) throw new Error(`trial ${trial.number} already has parameter "${operation.name}"`);
      if (!containsInternal(operation.distribution, toInternal(operation.distribution, operation.value))) {
        throw new RangeError(`${String(operation.value)} is outside the distribution of "${operation.name}"`);
      }
      return {
        ...trial,
        params: { ...trial.params, [operation.name]: operation.value },
        distributions: { ...trial.distributions, [operation.name]: operation.distribution },
      };
    }
    case 'report': {
      const intermediateValues = new Map(trial.intermediateValues);
      intermediateValues.set(operation.step, operation.value);
      return { ...trial, intermediateValues };
    }
    case 'set_system_attr':
      return { ...trial, systemAttrs: { ...trial.systemAttrs, [operation.key]: operation.value } };
    case 'set_user_attr':
      return { ...trial, userAttrs: { ...trial.userAttrs, [operation.key]: operation.value } };
    case 'finish_trial': {
      const { state, value, completedAtMs, durationMs, costUsd, failReason } = operation;
      return { ...trial, state, value, completedAtMs, durationMs, costUsd, failReason };
    }
    default:
      throw new Error(`operation ${operation.op} does not update a trial`);
  }
}
