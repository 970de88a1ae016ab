import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Browser, chromium, type Page, type TestInfo } from "@playwright/test";
import { toSVG } from "bwip-js/generic";
import sharp from "sharp";
import { launchOptions } from "./launch";

const width = 640;
const height = 480;

/**
 * A Y4M video (a few identical frames, which Chromium loops) of a Code 128 label of `text` held
 * in front of the camera: black bars on white, centred.
 */
export async function barcodeVideo(text: string, file: string) {
  const label = Buffer.from(
    toSVG({
      bcid: "code128",
      text,
      scale: 2,
      height: 18,
      paddingwidth: 12,
      paddingheight: 8,
      backgroundcolor: "ffffff",
    }),
  );
  const luma = await sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
    .composite([{ input: label, gravity: "centre" }])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (luma.info.channels !== 1) throw new Error(`expected one channel, got ${luma.info.channels}`);
  // 4:2:0 chroma at its neutral value: a grey picture.
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma.data, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(file, Buffer.concat([header, frame, frame, frame]));
}

/**
 * A phone whose camera sees a barcode of `text` (and, unless `allowed` is false, the site may use it). Chromium takes its fake camera feed at launch,
 * so each such phone is a browser of its own; close it at the end of the test.
 */
export async function phoneWithCamera(
  text: string,
  testInfo: TestInfo,
  { allowed = true }: { allowed?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const file = path.join(testInfo.outputDir, "camera.y4m");
  await mkdir(testInfo.outputDir, { recursive: true });
  await barcodeVideo(text, file);
  const browser = await chromium.launch({
    ...launchOptions,
    args: [
      ...(launchOptions.args ?? []),
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${file}`,
    ],
  });
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    // Not granted: the browser refuses the camera, as when a person taps "Block".
    permissions: allowed ? ["camera"] : [],
  });
  return { browser, page: await context.newPage() };
}
