/** Bumped when the GBDT model format or training changes results. */
export const GBDT_ENGINE_VERSION = '1';
