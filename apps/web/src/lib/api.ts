import { ApiError, createApiClient, type ApiClient } from '@waymark/api';

/** The app's API client, same-origin (`/api/...`): the server in production, Vite's proxy in dev. */
export const api: ApiClient = createApiClient('');

/** A short, human message for any failure of an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.path ? `${error.message} (${error.path})` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True for the answer to a stale write (someone saved a newer revision first). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
