// Loaded by index.html as a classic script, so it runs before any of the app's modules. zod builds
// its object parsers with `new Function` unless it is jitless, and the app's Content-Security-Policy
// (no 'unsafe-eval') refuses that and reports a violation, even for zod's probe. zod reads its
// configuration from this global when it loads; jitless parsing gives the same results.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
