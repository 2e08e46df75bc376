/** File sizes in the reader's language ("4.2 MB", "4,2 Mo"), with Latin digits like every other number here. */
export function useByteFormat() {
  const { locale } = useI18n()
  return (bytes: number) => {
    const megabytes = bytes >= 1_000_000
    return new Intl.NumberFormat(locale.value, {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: megabytes ? 1 : 0,
      numberingSystem: 'latn',
    }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1_000))
  }
}
