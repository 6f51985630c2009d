// Fails when dist/ differs from a fresh build of src/ (GitHub runs dist/index.js as committed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'mltrain-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', fresh], { stdio: 'inherit' });
  const differences = [...compareTrees(join(root, 'dist'), fresh), ...binModeProblems()];
  if (differences.length > 0) {
    console.error(`dist/ is stale against src/ (${differences.length} difference(s)):`);
    for (const d of differences.slice(0, 20)) console.error(`  ${d}`);
    console.error('Run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ is up to date with src/.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

function compareTrees(committed, built) {
  const a = listFiles(committed);
  const b = listFiles(built);
  const differences = [];
  for (const file of b) if (!a.includes(file)) differences.push(`missing in dist/: ${file}`);
  for (const file of a) if (!b.includes(file)) differences.push(`not produced by the build: ${file}`);
  for (const file of b) {
    if (a.includes(file) && !readFileSync(join(committed, file)).equals(readFileSync(join(built, file)))) differences.push(`differs: ${file}`);
  }
  return differences;
}

// The bin must be committed executable: a fresh clone gets only the mode git recorded, and
// `npx mltrain` fails with 'Permission denied' without it.
function binModeProblems() {
  let entry;
  try {
    entry = execFileSync('git', ['ls-files', '--stage', 'dist/cli.js'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return []; // not a git checkout (an unpacked package): nothing recorded to check
  }
  if (entry === '' || entry.startsWith('100755 ')) return [];
  return ['dist/cli.js is not committed executable: run `git update-index --chmod=+x dist/cli.js`'];
}
