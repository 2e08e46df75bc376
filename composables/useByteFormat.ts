import { formatByteSize } from '#shared/utils/byteSize'
import type { LocaleCode } from '~~/i18n/registry'

/** File sizes in the reader's language ("4.2 MB", "4,2 Mo"), with Latin digits like every other number here. */
export function useByteFormat() {
  const { locale } = useI18n()
  return (bytes: number) => formatByteSize(bytes, locale.value as LocaleCode)
}
