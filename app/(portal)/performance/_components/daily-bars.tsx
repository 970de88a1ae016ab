/** A small daily bar chart (SVG, no script): one bar per local day, empty days left blank. */
export function DailyBars({
  label,
  points,
  max,
}: {
  label: string;
  points: { day: string; value: number | null; text: string }[];
  max: number;
}) {
  const width = Math.max(points.length * 8, 80);
  const height = 60;
  const barWidth = width / Math.max(points.length, 1);
  return (
    <figure>
      <figcaption className="mb-1 text-sm font-medium">{label}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-20 w-full"
        role="img"
        aria-label={`${label}, one bar per day`}
        preserveAspectRatio="none"
      >
        {points.map((p, i) =>
          p.value === null ? null : (
            <rect
              key={p.day}
              x={i * barWidth + 0.5}
              y={height - (Math.min(p.value, max) / max) * height}
              width={Math.max(barWidth - 1, 1)}
              height={(Math.min(p.value, max) / max) * height}
              className="fill-brand-600"
            >
              <title>{`${p.day}: ${p.text}`}</title>
            </rect>
          ),
        )}
      </svg>
      <div className="flex justify-between text-xs text-slate-500">
        <span>{points[0]?.day}</span>
        <span>{points.at(-1)?.day}</span>
      </div>
    </figure>
  );
}
