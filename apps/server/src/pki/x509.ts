/**
 * The one entry point to @peculiar/x509 in this codebase: import it from here, never directly.
 * x509 v2 resolves its algorithms through tsyringe, which throws at import time unless a Reflect
 * metadata polyfill is already loaded, so the polyfill must be evaluated first; ES modules evaluate
 * their imports in order, hence the bare import at the top.
 */
import 'reflect-metadata';
import { cryptoProvider } from '@peculiar/x509';

// x509 guesses the WebCrypto instance from globals; naming Node's own keeps that independent of
// whichever globals a test environment happens to define.
cryptoProvider.set(globalThis.crypto);

export * from '@peculiar/x509';
