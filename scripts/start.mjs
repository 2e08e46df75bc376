// Starts the built app with its embedded defaults: http://localhost:3000, content bundled in the build.
import { existsSync } from 'node:fs'
import { spawn } from 'node:child_process'

const server = new URL('../.output/server/index.mjs', import.meta.url)
if (!existsSync(server)) {
  console.error('No build found. Run `npm run build` first (or `npm run quickstart` to install, build and start).')
  process.exit(1)
}

const env = { PORT: '3000', ...process.env }
console.log(`Citywalk is starting on http://localhost:${env.PORT}`)
const child = spawn(process.execPath, [server.pathname], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))
