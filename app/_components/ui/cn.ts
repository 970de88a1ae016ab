/** Joins class names, skipping empty ones (primitives take an extra `className`). */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

/** Whether `className` sets a width itself, so a primitive's default `w-full` steps aside. */
export function setsWidth(className: string | undefined): boolean {
  return /(^|\s)(\w+:)?w-/.test(className ?? "");
}
