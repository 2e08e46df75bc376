/** Ends the current task, so the browser can paint and answer input before the work that follows. */
export function yieldToMain(): Promise<void> {
  // scheduler.yield() resumes ahead of other queued tasks; elsewhere a zero timeout is the next task.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise(resolve => setTimeout(resolve, 0))
}
