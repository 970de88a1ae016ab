/** Opening the camera, fetched when "Scan with camera" is pressed (the reader's code comes after it). */

export type CameraSession = { stream?: MediaStream; stop?: () => void; cancelled: boolean };
export type CameraProblem = "blocked" | "noCamera" | "inUse" | "couldNotStart";

/** What went wrong with the camera, in words a person can act on; the field stays usable either way. */
function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "blocked";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NoCamera") return "noCamera";
  if (name === "NotReadableError") return "inUse";
  return "couldNotStart";
}

/**
 * Shows the back camera in `video` (calling `onShowing`) and reads labels into `onText` until the
 * session is stopped. Resolves to null once it reads (or was stopped meanwhile), else to why not:
 * a problem, or "noVideo" when the screen left.
 */
export async function startCamera(
  session: CameraSession,
  video: () => HTMLVideoElement | null,
  onShowing: () => void,
  onText: (text: string) => void,
): Promise<CameraProblem | "noVideo" | null> {
  try {
    if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("No camera API", "NoCamera");
    // Loads alongside the permission prompt.
    const decoder = import("./decode");
    session.stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: "environment" } },
      audio: false,
    });
    const { startScanning } = await decoder;
    const element = video();
    if (session.cancelled) return null;
    if (!element) return "noVideo";
    element.srcObject = session.stream;
    onShowing();
    session.stop = await startScanning(session.stream, element, onText);
    if (session.cancelled) session.stop();
    return null;
  } catch (error) {
    return session.cancelled ? null : cameraProblem(error);
  }
}
