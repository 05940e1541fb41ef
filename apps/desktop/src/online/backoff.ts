/**
 * How long to wait before reconnection attempt `attempt` (0-based): doubling from 1 s up to a
 * minute, with ±20 % jitter so that many desktops cut off together do not come back together.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1_000 * 2 ** Math.min(attempt, 16));
  return Math.round(base * (0.8 + 0.4 * random()));
}
