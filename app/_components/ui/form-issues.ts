import type { FieldError } from "./use-form";

// Needed only once a schema has refused something, so it loads with the schema (lazy-resolver.ts),
// not with the form.

type Issue = { path: PropertyKey[]; message: string; code: string; errors?: Issue[][] };

/**
 * A schema's issues as field errors: the first message per path. A union refused as a whole
 * speaks with its closest member (the one with fewest issues), whose issues count too.
 */
export function errorsFromIssues(issues: readonly Issue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  const queue = [...issues];
  for (let i = 0; i < queue.length; i++) {
    const issue = queue[i]!;
    const path = issue.path.map(String).join(".");
    const branches = issue.code === "invalid_union" ? (issue.errors ?? []) : [];
    const closest = branches.reduce<Issue[] | undefined>((a, b) => (a && a.length <= b.length ? a : b), undefined)?.[0];
    if (!Object.hasOwn(errors, path))
      errors[path] = { type: closest?.code ?? issue.code, message: closest?.message ?? issue.message };
    for (const branch of branches) for (const e of branch) queue.push({ ...e, path: [...issue.path, ...e.path] });
  }
  return errors;
}
