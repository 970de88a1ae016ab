import { toSVG } from "bwip-js/generic";

/** A Code 128 barcode of a tracking ID as inline SVG, for printed manifests and labels. */
export function code128Svg(text: string): string {
  return toSVG({ bcid: "code128", text, height: 12, scale: 2, includetext: true, textxalign: "center" });
}
