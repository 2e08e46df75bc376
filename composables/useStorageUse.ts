/** How much this app stores on the device, and whether the browser has promised to keep it. */
export function useStorageUse() {
  const usedBytes = ref<number | null>(null)
  const persisted = ref(false)

  async function refresh() {
    if (!navigator.storage?.estimate) return
    const [estimate, isPersisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted?.() ?? false])
    usedBytes.value = estimate.usage ?? null
    persisted.value = isPersisted
  }

  return { usedBytes, persisted, refresh }
}
