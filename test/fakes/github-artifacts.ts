import type { ArtifactUploadResult, ArtifactUploader } from '../../src/ports/artifacts';

/** Records uploads; can play a runtime without an artifact service, or a failing one. */
export class MemoryArtifacts implements ArtifactUploader {
  readonly uploads: { name: string; files: string[]; rootDir: string }[] = [];
  mode: 'available' | 'unavailable' | 'failing' = 'available';

  async upload(name: string, files: readonly string[], rootDir: string): Promise<ArtifactUploadResult> {
    if (this.mode === 'unavailable') return { status: 'unavailable', reason: 'no artifact service (ACTIONS_RUNTIME_TOKEN is not set)' };
    if (this.mode === 'failing') throw new Error('artifact service answered 500');
    this.uploads.push({ name, files: [...files], rootDir });
    return { status: 'uploaded', id: this.uploads.length, size: files.length * 100 };
  }
}
