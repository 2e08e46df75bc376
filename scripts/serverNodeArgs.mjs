// Node flags the built server runs with (`npm start`, and the sign-up benchmark, so it measures the same).
// A 32 MB young generation (V8's default is 16 MB on 64-bit): each request leaves short-lived garbage, and
// with the default, scavenges ran often and promoted it to the old generation; under a sign-up rush this
// raised the rate by about a third and lowered p99 (see README, "Benchmarks"). Costs up to ~48 MB more memory.
export const SERVER_NODE_ARGS = ['--max-semi-space-size=32']
