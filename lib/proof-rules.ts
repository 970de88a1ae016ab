/** What a proof image may be, shared by the server's check and the phone's check before queueing. */
export const DEFAULT_PROOF_MAX_BYTES = 10 * 1024 * 1024;
export const proofImageTypes = ["image/jpeg", "image/png", "image/webp"] as const;

/** "10 MB", "256 KB": the limit as people read it. */
export function formatProofLimit(maxBytes: number): string {
  if (maxBytes >= 1024 * 1024) return `${Number((maxBytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.floor(maxBytes / 1024)} KB`;
}

export const proofMessages = {
  tooLarge: (maxBytes: number) =>
    `The photo is larger than ${formatProofLimit(maxBytes)}. Take it again at a lower resolution.`,
  notAnImage: "That file is not a photo. Use a JPEG, PNG or WebP image.",
} as const;

/** What is wrong with a file as a proof, judged from its declared type and size; null when nothing. */
export function proofFileIssue(
  file: { size: number; type: string },
  maxBytes: number,
): "tooLarge" | "notAnImage" | null {
  if (file.size > maxBytes) return "tooLarge";
  if (!(proofImageTypes as readonly string[]).includes(file.type)) return "notAnImage";
  return null;
}

/** The phone's early answer, from the file's declared type and size (the server judges the content). */
export function proofFileProblem(file: { size: number; type: string }, maxBytes: number): string | null {
  const issue = proofFileIssue(file, maxBytes);
  if (issue === "tooLarge") return proofMessages.tooLarge(maxBytes);
  return issue === "notAnImage" ? proofMessages.notAnImage : null;
}
