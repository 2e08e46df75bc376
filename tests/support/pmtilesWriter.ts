import { zxyToTileId } from 'pmtiles'

export interface ArchiveTile {
  z: number
  x: number
  y: number
  data: Uint8Array
}

const HEADER_BYTES = 127

function varint(value: number, out: number[]) {
  let rest = value
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80)
    rest = Math.floor(rest / 0x80)
  }
  out.push(rest)
}

/** A root directory as the PMTiles v3 spec lays it out: count, then id deltas, run lengths, lengths, offsets. */
function directory(entries: { tileId: number, offset: number, length: number }[]): Uint8Array {
  const out: number[] = []
  varint(entries.length, out)
  entries.forEach((entry, i) => varint(entry.tileId - (entries[i - 1]?.tileId ?? 0), out))
  for (const _ of entries) varint(1, out)
  for (const entry of entries) varint(entry.length, out)
  entries.forEach((entry, i) => {
    const previous = entries[i - 1]
    // 0 means "right after the previous tile's data"; otherwise offset + 1.
    varint(previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1, out)
  })
  return Uint8Array.from(out)
}

/**
 * A small, real PMTiles v3 archive of PNG tiles (uncompressed directories, no leaf directories), for tests:
 * the pmtiles package only reads archives. Tiles with the same bytes share one copy, as the spec allows.
 */
export function writePmtiles(tiles: ArchiveTile[], bounds: { minLon: number, minLat: number, maxLon: number, maxLat: number }): Uint8Array {
  const sorted = tiles.map(tile => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId)
  const contents: Uint8Array[] = []
  const offsets = new Map<string, number>()
  let dataLength = 0
  const entries = sorted.map(({ tileId, data }) => {
    const key = Buffer.from(data).toString('base64')
    let offset = offsets.get(key)
    if (offset === undefined) {
      offset = dataLength
      offsets.set(key, offset)
      contents.push(data)
      dataLength += data.length
    }
    return { tileId, offset, length: data.length }
  })
  const root = directory(entries)
  const metadata = new TextEncoder().encode(JSON.stringify({ name: 'test tiles' }))
  const metadataOffset = HEADER_BYTES + root.length
  const dataOffset = metadataOffset + metadata.length

  const header = new DataView(new ArrayBuffer(HEADER_BYTES))
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer))
  header.setUint8(7, 3)
  const fields = [HEADER_BYTES, root.length, metadataOffset, metadata.length, dataOffset, 0, dataOffset, dataLength, sorted.length, entries.length, contents.length]
  fields.forEach((value, i) => header.setBigUint64(8 + i * 8, BigInt(value), true))
  const zooms = sorted.map(tile => tile.z)
  header.setUint8(96, 0) // not clustered: shared copies point back
  header.setUint8(97, 1) // directories uncompressed
  header.setUint8(98, 1) // tiles uncompressed
  header.setUint8(99, 2) // PNG
  header.setUint8(100, Math.min(...zooms))
  header.setUint8(101, Math.max(...zooms))
  const e7 = (degrees: number) => Math.round(degrees * 1e7)
  header.setInt32(102, e7(bounds.minLon), true)
  header.setInt32(106, e7(bounds.minLat), true)
  header.setInt32(110, e7(bounds.maxLon), true)
  header.setInt32(114, e7(bounds.maxLat), true)
  header.setUint8(118, Math.min(...zooms))
  header.setInt32(119, e7((bounds.minLon + bounds.maxLon) / 2), true)
  header.setInt32(123, e7((bounds.minLat + bounds.maxLat) / 2), true)

  return new Uint8Array(Buffer.concat([new Uint8Array(header.buffer), root, metadata, ...contents]))
}
