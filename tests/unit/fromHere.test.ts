import { describe, expect, it } from 'vitest'
import { fromHere } from '../../shared/utils/fromHere'

// Qian Xuesen's former residence, and points measured off it.
const stop = { position: { lat: 31.2213, lng: 121.4325 }, approximate: false }
const metresNorth = (m: number) => ({ lat: stop.position.lat + m / 111_195, lng: stop.position.lng })

describe('fromHere', () => {
  it('says "here" within walk mode\'s arrival radius (35 m plus the fix\'s accuracy)', () => {
    expect(fromHere({ ...metresNorth(40), accuracy: 10 }, stop)).toEqual({ kind: 'here' })
    expect(fromHere({ ...metresNorth(60), accuracy: 10 }, stop).kind).toBe('away')
  })

  it('gives the walking distance, time and direction from the phone to the stop', () => {
    const result = fromHere({ ...metresNorth(500), accuracy: 15 }, stop)
    // 500 m straight, times the 1.3 circuity factor; the stop lies due south of the phone.
    expect(result).toEqual({ kind: 'away', leg: { distanceM: 650, durationMin: 9, bearingDeg: 180 }, approximate: false })
  })

  it('refuses to place anyone with a fix vaguer than walk mode accepts', () => {
    expect(fromHere({ ...metresNorth(10), accuracy: 250.4 }, stop)).toEqual({ kind: 'vague', accuracyM: 250 })
  })

  it('never says "here" for a stop whose spot is only approximate, and says its distance is rough', () => {
    expect(fromHere({ ...metresNorth(5), accuracy: 5 }, { ...stop, approximate: true })).toMatchObject({ kind: 'away', approximate: true })
  })
})
