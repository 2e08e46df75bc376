/** Saves battery: walk mode stops watching the position while the page is hidden and silent. */
export default defineNuxtPlugin(() => {
  const walkMode = useWalkMode()
  const guide = useAudioGuide()

  function update() {
    if (!walkMode.active.value) return
    if (document.visibilityState === 'hidden' && !guide.playing.value) walkMode.pauseWatching()
    else walkMode.watchPosition()
  }

  document.addEventListener('visibilitychange', update)
  watch(guide.playing, update)
})
