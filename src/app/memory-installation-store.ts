import type { InstallationStore } from "./ports/installation-store.js";

/** Installations in memory: for tests and for running without a database. */
export function createMemoryInstallationStore(): InstallationStore {
  const map = new Map<string, string>();
  return {
    save: async (key, installation) => void map.set(key, installation),
    find: async (key) => map.get(key) ?? null,
    delete: async (key) => void map.delete(key),
  };
}
