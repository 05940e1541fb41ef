import { afterAll, beforeAll } from 'vitest';
import { removeTempDataDirs, type SiuiWorld, startSiuiWorld } from './desktop-world';

/**
 * One SIUI world for the test file that calls this (started before its tests, removed after them,
 * with the desktops' data directories); the getter gives it to the tests.
 */
export function siuiWorldPerFile(): () => SiuiWorld {
  let world: SiuiWorld | undefined;
  beforeAll(async () => {
    world = await startSiuiWorld();
  }, 90_000);
  afterAll(async () => {
    await world?.dispose();
    removeTempDataDirs();
  });
  return () => {
    if (!world) throw new Error('the SIUI world is not started yet');
    return world;
  };
}
