#!/usr/bin/env node
// The `siui-desktop` command. The application runs from its TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
