#!/usr/bin/env node
// `npm run bench`: the benchmarks of docs/performance.md. Like the server, they run from TypeScript
// sources through tsx's loader. Options: --quick (short runs), --seconds=N (each load run),
// --workers=N|auto (the server's SIUI_WORKERS, auto by default), --profile (the server under
// --cpu-prof, top frames printed), --only=ocsp,online,console,suspension, --no-scale, --keep-db,
// --server-root=DIR (run the server of another checkout, e.g. a former commit, for before/after).
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
