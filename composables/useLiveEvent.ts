import type { EventDetail } from '#shared/types/event'

/** The group walk being followed or led, in the reader's language: its stops and where each one's page is. */
export function useLiveEvent(eventId: () => string | null) {
  const { locale } = useI18n()
  const localePath = useLocalePath()
  const { data: event } = useAsyncData(
    () => `live-event:${eventId()}:${locale.value}`,
    () => eventId() ? $fetch<EventDetail>(`/api/events/${eventId()}`, { query: { locale: locale.value } }) : Promise.resolve(null),
    { server: false },
  )
  const stopAt = (index: number | null | undefined) => (index === null || index === undefined ? null : event.value?.stops[index] ?? null)
  const stopPath = (index: number | null | undefined) => {
    const stop = stopAt(index)
    return stop ? localePath(`/walks/${stop.walk}/${stop.slug}`) : null
  }
  return { event, stopAt, stopPath }
}
