/**
 * Reads Code 128 and QR codes from a live camera stream. Loaded only when someone presses "Scan with
 * camera": the browser's own BarcodeDetector where it reads these formats, else the ZXing library
 * (itself loaded only then).
 */

/** Stops reading; the caller owns (and stops) the stream. */
export type StopScanning = () => void;

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
};

const formats = ["code_128", "qr_code"];

async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    const supported = await Native.getSupportedFormats();
    const wanted = formats.filter((f) => supported.includes(f));
    return wanted.length === formats.length ? new Native({ formats: wanted }) : null;
  } catch {
    return null;
  }
}

/** Calls `onCode` once with the first code read from the video, then stops reading. */
export async function startScanning(
  stream: MediaStream,
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<StopScanning> {
  const detector = await nativeDetector();
  if (detector) return scanNatively(detector, video, onCode);
  const [{ BrowserMultiFormatReader }, { BarcodeFormat, DecodeHintType }] = await Promise.all([
    import("@zxing/browser"),
    import("@zxing/library"),
  ]);
  const hints = new Map<(typeof DecodeHintType)[keyof typeof DecodeHintType], unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const reader = new BrowserMultiFormatReader(hints, { delayBetweenScanAttempts: 150 });
  let done = false;
  const controls = await reader.decodeFromStream(stream, video, (result, _error, ctl) => {
    if (!result || done) return;
    done = true;
    ctl.stop();
    onCode(result.getText());
  });
  return () => {
    done = true;
    controls.stop();
  };
}

function scanNatively(detector: Detector, video: HTMLVideoElement, onCode: (text: string) => void): StopScanning {
  let stopped = false;
  let frame = 0;
  const look = async () => {
    if (stopped) return;
    if (video.readyState >= video.HAVE_CURRENT_DATA) {
      const codes = await detector.detect(video).catch(() => []);
      const text = codes.find((c) => c.rawValue)?.rawValue;
      if (text && !stopped) {
        stopped = true;
        onCode(text);
        return;
      }
    }
    frame = requestAnimationFrame(() => void look());
  };
  void video.play().catch(() => undefined);
  void look();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
  };
}
