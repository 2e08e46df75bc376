import { readFileSync } from 'node:fs'

/**
 * CPU time (user + system, ms) a process has used so far, from /proc on Linux; null elsewhere.
 * On a shared machine this says more about the server's own cost than requests per second do.
 */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  }
  catch {
    return null
  }
}
