/** A store's weekly grid in its local time: ISO weekday ("1" = Monday) → hours; a day left out is closed. */
export type OpeningHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { open: string; close: string }>>;
