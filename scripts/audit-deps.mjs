#!/usr/bin/env node
// `npm run audit:deps`: the dependency audit (scripts/audit-deps/main.ts), run through tsx's loader
// like the CLI so no build step is needed. Options: --offline (no network), --accept (record review).
import { register } from 'tsx/esm/api';

register();
await import('./audit-deps/main.ts');
