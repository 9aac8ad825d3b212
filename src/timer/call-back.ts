/**
 * How a finished timer calls the reader back: a short tone made in the browser (Web Audio, no
 * sound file) unless muted, and a vibration where the device has one. The audio context is
 * made on the reader's own press (Start), so the browser lets it sound later.
 */
type AudioContextClass = typeof AudioContext;

export class TimerCallBack {
  private context: AudioContext | undefined;

  /** Call on the reader's press: prepares the tone (browsers allow sound after a gesture). */
  prepare(muted: boolean): void {
    if (muted || this.context) return;
    const Context: AudioContextClass | undefined =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
    if (!Context) return;
    try {
      this.context = new Context();
    } catch {
      this.context = undefined; // No sound on this device: the other signs remain.
    }
  }

  ring(muted: boolean): void {
    try {
      navigator.vibrate?.([200, 100, 200]);
    } catch {
      // Vibration blocked (a frame without permission): the other signs remain.
    }
    const context = this.context;
    if (muted || !context) return;
    try {
      void context.resume?.().catch(() => {});
      const now = context.currentTime;
      for (const [start, frequency] of [
        [0, 880],
        [0.35, 660],
      ] as const) {
        const tone = context.createOscillator();
        const gain = context.createGain();
        tone.frequency.value = frequency;
        gain.gain.setValueAtTime(0.001, now + start);
        gain.gain.exponentialRampToValueAtTime(0.25, now + start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.001, now + start + 0.3);
        tone.connect(gain).connect(context.destination);
        tone.start(now + start);
        tone.stop(now + start + 0.32);
      }
    } catch {
      // A broken audio stack never stops the timer's other signs.
    }
  }

  close(): void {
    void this.context?.close?.().catch(() => {});
    this.context = undefined;
  }
}
