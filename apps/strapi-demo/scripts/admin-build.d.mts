/** Builds the admin panel unless the cached build matches the current inputs. */
export function ensureAdminBuilt(): void;
