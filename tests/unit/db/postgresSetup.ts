import type { TestProject } from 'vitest/node'
import { SKIP_POSTGRES, startPostgresCluster } from '../../support/postgresCluster'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the throwaway PostgreSQL cluster, or null when CITYWALK_TEST_POSTGRES=skip. */
    postgresUrl: string | null
  }
}

/** Vitest global setup: one real PostgreSQL server for the whole unit run, stopped at its end. */
export default async function setup(project: TestProject) {
  if (SKIP_POSTGRES) {
    console.warn('CITYWALK_TEST_POSTGRES=skip: the store tests run on SQLite and PGlite only, not on a real PostgreSQL server.')
    project.provide('postgresUrl', null)
    return
  }
  const cluster = await startPostgresCluster()
  project.provide('postgresUrl', cluster.url)
  return () => cluster.stop()
}
