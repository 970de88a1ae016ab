"use client";

let audio: AudioContext | undefined;

/**
 * A short confirmation tone (high for success, low buzz for an error), so a person scanning
 * with a barcode gun knows the result without looking at the screen.
 */
export function playTone(kind: "ok" | "error") {
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = kind === "ok" ? "sine" : "square";
    oscillator.frequency.value = kind === "ok" ? 880 : 220;
    gain.gain.value = 0.08;
    oscillator.connect(gain).connect(audio.destination);
    const now = audio.currentTime;
    oscillator.start(now);
    oscillator.stop(now + (kind === "ok" ? 0.12 : 0.3));
  } catch {
    // No audio (blocked or unsupported): the visual confirmation still shows.
  }
}
