import { toShanghaiDateTimeValue } from '../../../shared/utils/shanghaiTime'

/** A Shanghai datetime-local value `days` from today at `time`, as the event form takes it: walks start within two years. */
export function shanghaiDateTimeInDays(days: number, time = '14:00'): string {
  return `${toShanghaiDateTimeValue(new Date(Date.now() + days * 86_400_000)).slice(0, 10)}T${time}`
}
