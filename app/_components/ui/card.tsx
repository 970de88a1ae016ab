export function Card({
  title,
  children,
  className = "",
  headingLevel = 2,
}: {
  title?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={`rounded-card bg-surface p-4 shadow-sm ring-1 ring-border sm:p-5 ${className}`}>
      {title ? <Heading className="mb-3 text-heading font-semibold text-fg">{title}</Heading> : null}
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-card border border-dashed border-border-strong bg-surface px-4 py-8 text-center">
      <p className="font-medium text-fg">{title}</p>
      {children ? <div className="mt-1 text-body text-fg-muted">{children}</div> : null}
    </div>
  );
}

/** A page's title, what it is about, and its primary action (a link or button) on the right. */
export function PageHeader({
  title,
  subtitle,
  action,
}: {
  title: string;
  subtitle?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <header className="mb-4 flex flex-wrap items-start justify-between gap-3 sm:mb-6">
      <div>
        <h1 className="text-xl font-bold tracking-tight text-fg sm:text-title">{title}</h1>
        {subtitle ? <p className="mt-1 text-body text-fg-muted">{subtitle}</p> : null}
      </div>
      {action ? <div className="flex shrink-0 flex-wrap gap-2">{action}</div> : null}
    </header>
  );
}
