/**
 * Runners cancel a job with SIGINT, then SIGTERM: the first one aborts the signal so the run stops
 * its trials and saves the study journal; a second one exits at once. `dispose` removes the handlers.
 */
export function cancelOnSignals(onFirst: (signal: NodeJS.Signals) => void = () => {}): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    onFirst(signal);
    controller.abort(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
