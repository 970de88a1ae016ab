import type { OpeningHours } from "@/lib/opening-hours";

const days = [
  ["1", "Monday"],
  ["2", "Tuesday"],
  ["3", "Wednesday"],
  ["4", "Thursday"],
  ["5", "Friday"],
  ["6", "Saturday"],
  ["7", "Sunday"],
] as const;

/** A store's weekly opening hours, read-only; a day without hours is closed. */
export function OpeningHoursList({ hours }: { hours: OpeningHours }) {
  if (Object.keys(hours).length === 0) return <p className="text-sm text-slate-600">Not set yet.</p>;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="opening-hours">
      {days.map(([d, name]) => {
        const h = hours[d];
        return (
          <div key={d} className="contents">
            <dt className="text-slate-600">{name}</dt>
            <dd>{h ? `${h.open}–${h.close}` : "Closed"}</dd>
          </div>
        );
      })}
    </dl>
  );
}
