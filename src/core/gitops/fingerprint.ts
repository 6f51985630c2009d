import type { Lineage } from '../report/metrics-document';

/** What a model was trained from: the config's bytes and each data file's bytes, as sha256. */
export interface TrainingFingerprint {
  configSha256: string;
  dataSha256: readonly string[];
}

export type FingerprintComparison = { matches: true } | { matches: false; differences: string[] };

/** A metrics.json lineage as a fingerprint. */
export function fingerprintOfLineage(lineage: Pick<Lineage, 'config_sha256' | 'data'>): TrainingFingerprint {
  return { configSha256: lineage.config_sha256, dataSha256: lineage.data.map((d) => d.sha256) };
}

/**
 * Whether a reviewed model was trained on exactly today's config and data. Data files compare as
 * a set of hashes: a file renamed with the same bytes is the same data.
 */
export function compareFingerprints(reviewed: TrainingFingerprint, today: TrainingFingerprint): FingerprintComparison {
  const differences: string[] = [];
  const short = (sha: string) => sha.slice(0, 12);
  if (reviewed.configSha256 !== today.configSha256) {
    differences.push(`config sha256 ${short(reviewed.configSha256)} (reviewed) is not today's ${short(today.configSha256)}`);
  }
  const reviewedData = new Set(reviewed.dataSha256);
  const todayData = new Set(today.dataSha256);
  const gone = [...reviewedData].filter((sha) => !todayData.has(sha));
  const added = [...todayData].filter((sha) => !reviewedData.has(sha));
  if (gone.length > 0 || added.length > 0) {
    differences.push(`data differs: reviewed ${[...reviewedData].map(short).join(', ') || 'none'}, today ${[...todayData].map(short).join(', ') || 'none'}`);
  }
  return differences.length === 0 ? { matches: true } : { matches: false, differences };
}
