/** Which performance figures exist, by key. Pure: the leaderboard's sort and its columns share them. */

/** Every figure the leaderboard shows, by key (server/domain/performance/columns.ts defines each). */
export const figureKeys = [
  "readyOnTime",
  "missedStore",
  "missedDriver",
  "prepMinutes",
  "driverWait",
  "handoffDiscrepancies",
  "completion",
  "sameDay",
  "onTime",
  "firstAttempt",
  "proof",
  "dropMissing",
  "parcelsPerDay",
  "daysServiced",
  "outOfRadius",
  "earnings",
] as const;
export type FigureKey = (typeof figureKeys)[number];

/** What the leaderboard sorts by: the partner's name or any figure. */
export const leaderboardSortKeys = ["name", ...figureKeys] as const;
export type LeaderboardSort = (typeof leaderboardSortKeys)[number];
