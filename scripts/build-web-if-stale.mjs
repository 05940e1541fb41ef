#!/usr/bin/env node
// The staff console's build check (kept for `npm start`, CI and habit): see build-if-stale.mjs.
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale('web', { force: process.argv.includes('--force') });
