// Shared by playwright.config.ts (which starts the server) and the specs (which log in to it).

// Fixed ports by default; set both to run a second suite beside one already running.
export const E2E_HTTP_PORT = Number(process.env.SIUI_E2E_HTTP_PORT ?? 18080);
export const E2E_ONLINE_PORT = Number(process.env.SIUI_E2E_ONLINE_PORT ?? 18443);

/** The CNAS administrator `admin` is created with this password on the fresh database. */
export const E2E_ADMIN = {
  username: 'admin',
  password: 'Admin-Parola-E2E-1',
  fullName: 'Administrator CNAS',
};
