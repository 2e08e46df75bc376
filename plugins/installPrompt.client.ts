/** Keeps the browser's install prompt (Chromium) for the "install app" button instead of letting it show on its own. */
interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>
}

export default defineNuxtPlugin(() => {
  const installable = useState('install-available', () => false)
  let deferred: InstallPromptEvent | null = null
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault()
    deferred = event as InstallPromptEvent
    installable.value = true
  })
  window.addEventListener('appinstalled', () => {
    installable.value = false
  })

  async function promptInstall() {
    await deferred?.prompt()
    deferred = null
    installable.value = false
  }
  return { provide: { promptInstall } }
})
