import type { FrameDecoder } from '~/utils/qrDecoder'

export type CameraProblem = 'denied' | 'unsupported'

// A few reads a second find a code quickly and leave the phone cool.
const SCAN_INTERVAL_MS = 200

/**
 * The rear camera shown in a <video> and read for QR codes until stopped. `onCode` gets each code
 * once, and the same code again only after a pause, so a ticket held in view is not read in a loop.
 */
export function useQrCamera(video: Readonly<Ref<HTMLVideoElement | null>>, onCode: (text: string) => void) {
  const scanning = ref(false)
  const problem = ref<CameraProblem | null>(null)
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let last = { text: '', at: 0 }

  let starting = false

  async function start() {
    // A second tap while the browser asks for the camera must not open a second stream.
    if (starting || scanning.value) return
    problem.value = null
    if (!navigator.mediaDevices?.getUserMedia) {
      problem.value = 'unsupported'
      return
    }
    starting = true
    try {
      const [media, decode] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        import('~/utils/qrDecoder').then(m => m.createQrDecoder()),
      ])
      stream = media
      scanning.value = true
      await nextTick()
      if (!video.value) return stop()
      video.value.srcObject = stream
      await video.value.play()
      loop(decode)
    }
    catch {
      stop()
      problem.value = 'denied'
    }
    finally {
      starting = false
    }
  }

  function loop(decode: FrameDecoder) {
    timer = setTimeout(async () => {
      if (!scanning.value || !video.value) return
      const text = await decode(video.value).catch(() => null)
      const now = Date.now()
      if (text && (text !== last.text || now - last.at > 4000)) {
        last = { text, at: now }
        onCode(text)
      }
      loop(decode)
    }, SCAN_INTERVAL_MS)
  }

  function stop() {
    clearTimeout(timer)
    scanning.value = false
    stream?.getTracks().forEach(track => track.stop())
    stream = null
  }

  onBeforeUnmount(stop)
  return { scanning, problem, start, stop }
}
