/** What a proof image may be, shared by the server's check and the phone's check before queueing. */
export const MAX_PROOF_BYTES = 10 * 1024 * 1024;
export const proofImageTypes = ["image/jpeg", "image/png", "image/webp"] as const;

export const proofMessages = {
  tooLarge: "The photo is larger than 10 MB. Take it again at a lower resolution.",
  notAnImage: "That file is not a photo. Use a JPEG, PNG or WebP image.",
} as const;

/** The phone's early answer, from the file's declared type and size (the server judges the content). */
export function proofFileProblem(file: { size: number; type: string }): string | null {
  if (file.size > MAX_PROOF_BYTES) return proofMessages.tooLarge;
  if (!(proofImageTypes as readonly string[]).includes(file.type)) return proofMessages.notAnImage;
  return null;
}
