#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader so no build step is needed.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// A CLI run is short: compile the embedded store's WebAssembly (PGlite) with the baseline compiler
// only. Optimising it in background threads costs more CPU than a command ever wins back, and
// roughly halves PGlite's start on a busy two-core machine. Must run before PGlite is imported.
setFlagsFromString('--liftoff-only');
register();
await import('../src/main.ts');
