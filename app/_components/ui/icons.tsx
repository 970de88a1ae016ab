import { Camera } from "lucide-react";

/** The camera icon (lucide). Decorative: the control's text names it. */
export function CameraIcon({ className = "h-4 w-4" }: { className?: string }) {
  return <Camera aria-hidden="true" className={className} />;
}
