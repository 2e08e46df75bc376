/** Map backgrounds the app knows, and how runtime config picks and overrides one. */

export type TileCrs = 'wgs84' | 'gcj02'

export interface TileSource {
  /** `xyz`: `url` is a Leaflet URL template; `pmtiles`: `url` is one raster PMTiles archive, read with range requests. */
  format: 'xyz' | 'pmtiles'
  /** Leaflet URL template ({z}/{x}/{y}, {s} for subdomains, {key} for an API key), or the archive's URL. */
  url: string
  attribution: string
  /** Datum the tiles are drawn in; markers and lines are shifted to match. */
  crs: TileCrs
  subdomains?: string
  maxZoom: number
  /** Whether the source's terms allow storing tiles ahead of viewing them (the offline issue reads this). */
  allowsPrefetch: boolean
}

export const TILE_PRESETS = {
  // OpenStreetMap's tile policy: show viewed tiles only, never bulk-download or prefetch.
  osm: {
    format: 'xyz',
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap contributors',
    crs: 'wgs84',
    maxZoom: 19,
    allowsPrefetch: false,
  },
  // TianDiTu draws in CGCS2000, which agrees with WGS-84 to within centimetres; it needs a key.
  tianditu: {
    format: 'xyz',
    url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
    attribution: '© 天地图 TianDiTu',
    crs: 'wgs84',
    subdomains: '01234567',
    maxZoom: 18,
    allowsPrefetch: false,
  },
  amap: {
    format: 'xyz',
    url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
    attribution: '© 高德地图 AutoNavi',
    crs: 'gcj02',
    subdomains: '1234',
    maxZoom: 18,
    allowsPrefetch: false,
  },
} as const satisfies Record<string, TileSource>

export type TilePresetName = keyof typeof TILE_PRESETS

export interface MapRuntimeConfig {
  preset?: string
  tileUrl?: string
  attribution?: string
  crs?: string
  tiandituKey?: string
  /** Set when the tile host allows storing tiles ahead of viewing (a self-hosted or licensed source). */
  allowPrefetch?: boolean | string
  /** A raster PMTiles archive to draw instead of any preset (the deployer's own file, so always storable). */
  pmtilesUrl?: string
}

/** The preset named in config (OpenStreetMap when unknown), with any explicit overrides applied; a PMTiles archive wins. */
export function resolveTileSource(config: MapRuntimeConfig): TileSource {
  const crs = config.crs === 'gcj02' || config.crs === 'wgs84' ? config.crs : null
  if (config.pmtilesUrl) {
    return { format: 'pmtiles', url: config.pmtilesUrl, attribution: config.attribution ?? '', crs: crs ?? 'wgs84', maxZoom: 19, allowsPrefetch: true }
  }
  const name = (config.preset && config.preset in TILE_PRESETS ? config.preset : 'osm') as TilePresetName
  const preset: TileSource = TILE_PRESETS[name]
  const url = (config.tileUrl || preset.url).replace('{key}', encodeURIComponent(config.tiandituKey ?? ''))
  return {
    ...preset,
    url,
    attribution: config.attribution || preset.attribution,
    crs: crs ?? preset.crs,
    allowsPrefetch: config.allowPrefetch === true || config.allowPrefetch === 'true',
  }
}
