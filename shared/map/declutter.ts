/** A marker's footprint on screen, in pixels: the square box around its middle. */
export interface Footprint {
  x: number
  y: number
  radius: number
}

export interface Offset {
  dx: number
  dy: number
}

const ANGLES = 12
const RINGS = 16

/**
 * Moves markers apart on screen so none hides another: each is placed, in the given order (most
 * important first), at its own spot if that is free, else at the nearest free spot on rings around it.
 */
export function declutter(footprints: Footprint[], gap = 2): Offset[] {
  const placed: Footprint[] = []
  return footprints.map((footprint) => {
    // Apart as squares, not circles: a round marker is tapped anywhere in its square box.
    const isFree = (x: number, y: number) => placed.every(other => Math.max(Math.abs(other.x - x), Math.abs(other.y - y)) >= other.radius + footprint.radius + gap)
    let offset: Offset = { dx: 0, dy: 0 }
    if (!isFree(footprint.x, footprint.y)) offset = nearestFreeOffset(footprint, isFree) ?? offset
    placed.push({ ...footprint, x: footprint.x + offset.dx, y: footprint.y + offset.dy })
    return offset
  })
}

function nearestFreeOffset(footprint: Footprint, isFree: (x: number, y: number) => boolean): Offset | null {
  const step = footprint.radius / 2
  for (let ring = 1; ring <= RINGS; ring++) {
    for (let i = 0; i < ANGLES; i++) {
      // Clockwise from straight above, where a label or pin leaves the most room on a phone held upright.
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ANGLES
      const dx = Math.round(Math.cos(angle) * step * ring)
      const dy = Math.round(Math.sin(angle) * step * ring)
      if (isFree(footprint.x + dx, footprint.y + dy)) return { dx, dy }
    }
  }
  return null
}
