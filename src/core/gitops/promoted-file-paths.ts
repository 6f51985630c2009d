import { readCommandModelJson, recordFilePaths, type CommandModelRecord } from '../models/command/command-model-json';
import { promotedFileNames } from './model-files';

/** A file promotion leaves out, and why (for a warning); `path` null: all of a command model's files. */
export interface RefusedPromotedFile {
  path: string | null;
  reason: string;
}

export interface PromotedFilePaths {
  /** '/'-separated paths relative to the run's output dir (= relative to models/<name>/ once committed). */
  paths: string[];
  /** Paths the model file names that promotion will not carry. */
  refused: RefusedPromotedFile[];
  /** How many of `paths` are a command model's files (the tail of `paths`). */
  commandFileCount: number;
}

/**
 * Characters @actions/artifact refuses in an uploaded path (the whole upload fails on one of
 * them, NTFS forbids them) and control characters, which git and the tree API handle badly.
 */
// eslint-disable-next-line no-control-regex
const UNPORTABLE_CHARACTERS = /[":<>|*?\u0000-\u001f\u007f]/;

/** Why a command model's file cannot travel through the artifact and the commit, or null when it can. */
function unsafeReason(path: string, topLevel: ReadonlySet<string>): string | null {
  if (UNPORTABLE_CHARACTERS.test(path)) return 'its path holds a character artifacts refuse (" : < > | * ? or a control character)';
  // git refuses a tree holding .git at any depth (CVE-2014-9390: case-insensitive file systems).
  if (path.split('/').some((segment) => segment.toLowerCase() === '.git')) return "its path has a '.git' segment, which git refuses";
  if (topLevel.has(path)) return `it would replace the run's own ${path}`;
  return null;
}

/**
 * Which files of a run promotion carries (artifact, commit under models/<name>/): the fixed list,
 * the engine's model file, and for a command model exactly the files its model.json lists,
 * their sub-paths kept, so the base branch's model can be re-scored through predict_command.
 * `modelJson` is the run's parsed model.json (null when absent or not JSON). Paths that could
 * leave the folder, break the artifact upload or the tree are refused, never carried.
 */
export function promotedFilePaths(modelPath: string | undefined, modelJson: unknown): PromotedFilePaths {
  const fixed = promotedFileNames(modelPath);
  const engine = modelJson && typeof modelJson === 'object' ? (modelJson as { engine?: { type?: unknown; model?: unknown } }).engine : undefined;
  if (engine?.type !== 'command') return { paths: fixed, refused: [], commandFileCount: 0 };

  let record: CommandModelRecord;
  try {
    record = readCommandModelJson(engine.model);
  } catch (error) {
    return { paths: fixed, refused: [{ path: null, reason: `model.json's command model part is refused: ${(error as Error).message}` }], commandFileCount: 0 };
  }
  if (record.files === null) return { paths: fixed, refused: [{ path: null, reason: 'model.json lists none (it was written before mltrain recorded them): retrain to promote them' }], commandFileCount: 0 };

  const topLevel = new Set(fixed);
  const seen = new Set<string>();
  const commandPaths: string[] = [];
  const refused: RefusedPromotedFile[] = [];
  for (const path of recordFilePaths(record)) {
    if (seen.has(path)) continue;
    seen.add(path);
    const reason = unsafeReason(path, topLevel);
    if (reason) refused.push({ path, reason });
    else commandPaths.push(path);
  }
  return { paths: [...fixed, ...commandPaths], refused, commandFileCount: commandPaths.length };
}

/** The warning for a refused file: the base branch's re-scoring will not find it. */
export function refusedFileWarning(file: RefusedPromotedFile): string {
  const what = file.path === null ? "any of the command model's files" : file.path;
  return `mltrain does not promote ${what}: ${file.reason}; without ${file.path === null ? 'them' : 'it'} the promoted command model cannot be re-scored as a baseline`;
}
