// First step of `npm test`: makes sure this machine has what the suites drive, so a newcomer's
// `npm test` passes without reading further. On Debian/Ubuntu as root it installs what is missing;
// anywhere else it stops at once with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

/** Debian packages, each with the check that says it is already there. */
const NEEDED = [
  { pkg: 'chromium', why: 'browser tests', present: () => Boolean(process.env.CHROMIUM_PATH) || onPath('chromium') },
  { pkg: 'espeak-ng', why: 'narration tests', present: () => onPath('espeak-ng') },
  // Chromium's Web Speech voices on Linux: the phone's-voice tests read through it.
  { pkg: 'speech-dispatcher', why: 'the browser\'s own voices (Web Speech)', present: () => onPath('speech-dispatcher') },
  { pkg: 'speech-dispatcher-espeak-ng', why: 'the browser\'s own voices (Web Speech)', present: () => existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng') },
  { pkg: 'opus-tools', why: 'narration encoding', present: () => onPath('opusenc') },
  { pkg: 'lame', why: 'narration encoding', present: () => onPath('lame') },
  { pkg: 'ffmpeg', why: 'narration loudness (EBU R128) and cleaning up volunteers\' recordings', present: () => onPath('ffmpeg') },
  { pkg: 'postgresql', why: 'store tests on a real PostgreSQL', present: postgresPresent },
  // Screenshots in Chinese, Korean and Arabic need fonts that cover them.
  { pkg: 'fonts-wqy-microhei', why: 'Chinese and Korean text in the browser', present: () => fontCovers('zh') },
  { pkg: 'fonts-noto-core', why: 'Arabic text in the browser', present: () => fontCovers('ar') },
]

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function postgresPresent() {
  if (process.env.CITYWALK_TEST_POSTGRES === 'skip') return true
  if (process.env.CITYWALK_PG_BIN) return existsSync(`${process.env.CITYWALK_PG_BIN}/initdb`)
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : []
  return versions.some(v => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) || onPath('initdb')
}

function fontCovers(lang) {
  if (!onPath('fc-list')) return false
  return execFileSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).trim() !== ''
}

/** Whether a Node version satisfies `engines.node`, written as `^x.y.z` and `>=x` ranges joined by `||`. */
function nodeSupported(version) {
  const compare = (a, b) => a.map((part, i) => part - (b[i] ?? 0)).find(d => d !== 0) ?? 0
  const have = version.split('.').map(Number)
  return engines.node.split('||').map(range => range.trim()).some((range) => {
    const floor = range.replace(/^(\^|>=)/, '').split('.').map(Number)
    return compare(have, floor) >= 0 && (range.startsWith('>=') || have[0] === floor[0])
  })
}

if (!nodeSupported(process.versions.node)) {
  console.error(`npm test needs Node ${engines.node} (this is ${process.version}). Node 24 LTS is what CI uses: `
    + 'run `source .ci/use-node.sh 24` in this shell (it brings Node 24 from the npm registry into .tools/), '
    + 'then `npm ci` and `npm test` again.')
  process.exit(1)
}

const missing = NEEDED.filter(need => !need.present())
if (missing.length) {
  const packages = missing.map(need => need.pkg)
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`
  const canInstall = process.getuid?.() === 0 && onPath('apt-get')
  if (!canInstall) {
    console.error(`npm test needs: ${missing.map(need => `${need.pkg} (${need.why})`).join(', ')}.\nInstall them, then run npm test again:\n  sudo sh -c '${command}'`)
    process.exit(1)
  }
  console.log(`Installing what the tests need: ${packages.join(', ')}`)
  execFileSync('sh', ['-c', command], { stdio: 'inherit' })
  const still = missing.filter(need => !need.present())
  if (still.length) {
    console.error(`Still missing after installing: ${still.map(need => need.pkg).join(', ')}`)
    process.exit(1)
  }
}
console.log(`test prerequisites: Node ${process.version}, ${NEEDED.map(need => need.pkg).join(', ')} present`)
