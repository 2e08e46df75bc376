import { failureNow, loadPlayerSettings, savePosition, SKIP_SECONDS } from '~/composables/useAudioGuide'

/**
 * Creates the one narration element of the visit and keeps the guide's state in step with it:
 * position memory, "continue with the next stop" and the lock-screen (Media Session) controls.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const audio = document.createElement('audio')
  audio.preload = 'metadata'
  audio.setAttribute('aria-hidden', 'true')
  document.body.appendChild(audio)
  nuxtApp.provide('narrationAudio', audio)

  const guide = useAudioGuide()
  const settings = loadPlayerSettings()
  guide.rate.value = settings.rate
  guide.continueNext.value = settings.continueNext

  let lastSaved = 0
  audio.addEventListener('timeupdate', () => {
    guide.currentTime.value = audio.currentTime
    const track = guide.track.value
    if (track && Math.abs(audio.currentTime - lastSaved) >= 2) {
      savePosition(track, audio.currentTime)
      lastSaved = audio.currentTime
    }
  })
  audio.addEventListener('play', () => (guide.playing.value = true))
  audio.addEventListener('playing', () => (guide.failure.value = null))
  // The file could not be fetched (no connection and not downloaded) or decoded: say so, never "playing".
  audio.addEventListener('error', () => {
    if (!audio.getAttribute('src')) return
    guide.playing.value = false
    guide.failure.value = failureNow()
  })
  audio.addEventListener('pause', () => {
    guide.playing.value = false
    if (guide.track.value && !audio.ended) savePosition(guide.track.value, audio.currentTime)
  })
  audio.addEventListener('ended', async () => {
    const track = guide.track.value
    guide.playing.value = false
    if (!track) return
    savePosition(track, 0)
    await guide.advance()
  })

  if ('mediaSession' in navigator) {
    const session = navigator.mediaSession
    session.setActionHandler('play', () => audio.play())
    session.setActionHandler('pause', () => audio.pause())
    session.setActionHandler('seekbackward', () => guide.skip(-SKIP_SECONDS))
    session.setActionHandler('seekforward', () => guide.skip(SKIP_SECONDS))
    session.setActionHandler('seekto', details => details.seekTime !== undefined && guide.seek(details.seekTime))
    watch(guide.track, (track) => {
      session.metadata = track
        ? new MediaMetadata({ title: track.title, artist: track.walkTitle, album: 'Citywalk', artwork: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }] })
        : null
      session.setActionHandler('nexttrack', track?.next
        ? () => {
            const next = guide.track.value?.next
            if (next) navigateTo(next.href)
          }
        : null)
    })
  }
})
