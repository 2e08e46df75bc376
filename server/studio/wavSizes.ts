/**
 * A WAV file's sizes tell the truth: the RIFF size is the file's length less its 8-byte header, and
 * its chunks, each as long as its header says (plus a pad byte when odd), fill the file exactly, a
 * data chunk among them. A file that claims more or less than it holds is refused, not guessed at.
 */
export function wavSizesAgree(file: Buffer): boolean {
  if (file.length < 12 || file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') return false
  if (file.readUInt32LE(4) !== file.length - 8) return false
  let offset = 12
  let hasData = false
  while (offset + 8 <= file.length) {
    const size = file.readUInt32LE(offset + 4)
    hasData ||= file.toString('ascii', offset, offset + 4) === 'data'
    offset += 8 + size + (size % 2)
  }
  return hasData && offset === file.length
}
