export default function Loading() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-8 w-56 rounded bg-slate-200" />
      <div className="h-40 rounded-xl bg-slate-200" />
    </div>
  );
}
