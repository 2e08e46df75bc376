export type LocationProblem = 'denied' | 'unavailable' | 'unsupported'

/** One position fix, asked for only when the user taps: no watching, no prompt on page load. */
export function useUserLocation(options: { fresh?: boolean } = {}) {
  const position = ref<GeolocationPosition | null>(null)
  const problem = ref<LocationProblem | null>(null)
  const locating = ref(false)

  function locate(): Promise<GeolocationPosition | null> {
    problem.value = null
    if (!('geolocation' in navigator)) {
      problem.value = 'unsupported'
      return Promise.resolve(null)
    }
    locating.value = true
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (fix) => {
          locating.value = false
          position.value = fix
          resolve(fix)
        },
        (error) => {
          locating.value = false
          problem.value = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'
          resolve(null)
        },
        // A fix up to 10 s old is close enough for a map; "how far from here" asks again on every tap.
        { enableHighAccuracy: true, timeout: 15_000, maximumAge: options.fresh ? 0 : 10_000 },
      )
    })
  }

  return { position, problem, locating, locate }
}
