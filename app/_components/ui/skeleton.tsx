import { cn } from "./cn";

/** A grey placeholder where content is loading; hidden from screen readers (the region says it is busy). */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        "animate-pulse rounded-control bg-surface-muted motion-reduce:animate-none",
        className ?? "h-4 w-full",
      )}
    />
  );
}
