import { readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { defineNuxtModule } from 'nuxt/kit'

/**
 * better-sqlite3 13 ships its compiled addon for eight platforms, and Nitro copies all of them into
 * `.output` (about 15 MB). The deployed server keeps only the one for the platform it runs on: the build
 * machine's, or the one named in CITYWALK_NATIVE_TARGET (e.g. `linuxmusl-x64`) when building for another.
 */
export default defineNuxtModule({
  meta: { name: 'native-binary-for-this-platform' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    nuxt.hook('nitro:init', (nitro) => {
      nitro.hooks.hook('compiled', () => {
        const prebuilds = join(nitro.options.output.serverDir, 'node_modules', 'better-sqlite3', 'prebuilds')
        const keep = `${process.env.CITYWALK_NATIVE_TARGET || thisPlatformTarget()}.node`
        let files: string[]
        try {
          files = readdirSync(prebuilds)
        }
        catch {
          return // not traced into this build (e.g. a PostgreSQL-only deployment)
        }
        if (!files.includes(keep)) throw new Error(`better-sqlite3 has no prebuilt addon ${keep} (found ${files.join(', ')})`)
        for (const file of files) if (file !== keep) rmSync(join(prebuilds, file))
      })
    })
  },
})

/** The addon better-sqlite3 itself would load on this machine (it tells glibc from musl Linux). */
function thisPlatformTarget(): string {
  const require = createRequire(import.meta.url)
  // lib/binding.js is not in the package's exports: reach it beside the entry point.
  const binding = join(dirname(require.resolve('better-sqlite3')), 'binding.js')
  const { getPrebuildPath } = require(binding) as { getPrebuildPath: () => string | null }
  const path = getPrebuildPath()
  if (!path) throw new Error(`better-sqlite3 has no prebuilt addon for ${process.platform}-${process.arch}`)
  return basename(path, '.node')
}
