/** A module for refetchesFailedModules() (fail-modules.ts) to fail and load again. */
export const probe = true;
