import sharp from 'sharp'

/** What a phone's camera writes into a photo, which must never reach a published page. */
export const CAMERA_SECRETS = { make: 'SecretCam', description: 'Home of Lin, 12 Yuyuan Road' }

/** A photo as a phone takes it: a JPEG with the camera, a note and where it was taken (GPS) in its EXIF. */
export function photoWithGps(width = 1200, height = 900, colour = '#c33'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().withExif({
    IFD0: { Make: CAMERA_SECRETS.make, ImageDescription: CAMERA_SECRETS.description },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 13/1 20/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 25/1 30/1' },
  }).toBuffer()
}

export function plainImage(format: 'png' | 'webp' | 'jpeg' | 'gif', width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6' } }).toFormat(format).toBuffer()
}

/** Which kinds of metadata a picture still carries, and its size. */
export async function photoFacts(bytes: Buffer) {
  const facts = await sharp(bytes).metadata()
  return {
    format: facts.format, width: facts.width, height: facts.height,
    metadata: ['exif', 'icc', 'iptc', 'xmp', 'comments'].filter(kind => facts[kind as keyof typeof facts] !== undefined),
    secretsInBytes: bytes.toString('latin1').includes(CAMERA_SECRETS.make) || bytes.toString('latin1').includes('Yuyuan Road'),
  }
}
