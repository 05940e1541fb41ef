import fs from 'node:fs';
import path from 'node:path';
import { readSecretFile, removeSecretFile, writeSecretFile } from '../storage/secret-files';
import { controlProof, controlQuestion, sameSecret } from './launch-secrets';
import { INSTANCE_CONTROL_HEADER, INSTANCE_LAUNCH_PATH } from './local-access';

export const LOCK_FILE = 'desktop.lock';

export interface RunningInstance {
  pid: number;
  port: number;
  /** The instance-control secret (launch-secrets.ts): it mints launch URLs, it opens no window. */
  control: string;
}

/**
 * One window-serving process per data directory: two would run two connections and two heartbeats
 * for one provider. The lock lets a second launch open a window on the running one instead. It is
 * 0600 and holds no launch secret, only the instance-control one: the simplest channel that only
 * the same OS user can use (the file's mode does the checking; no socket or signal to secure, and
 * the same on every platform). A launch secret exists only once asked for, and only until used.
 * The question and the answer are signed with the control secret (launch-secrets.ts), which never
 * travels: whatever else answers on that port is neither told it nor believed.
 */
export function runningInstance(dataDir: string): RunningInstance | undefined {
  const content = readSecretFile(path.join(dataDir, LOCK_FILE));
  if (!content) return undefined;
  try {
    const lock = JSON.parse(content.toString('utf8')) as Partial<Record<keyof RunningInstance, unknown>>;
    if (
      typeof lock.pid !== 'number' ||
      typeof lock.port !== 'number' ||
      typeof lock.control !== 'string' ||
      lock.pid === process.pid
    )
      return undefined;
    process.kill(lock.pid, 0);
    return { pid: lock.pid, port: lock.port, control: lock.control };
  } catch {
    return undefined;
  }
}

/**
 * A fresh launch URL from the running instance, or undefined when it does not answer as one (its
 * process id now belongs to another program): then this launch starts its own.
 */
export async function requestLaunchUrl(instance: RunningInstance): Promise<string | undefined> {
  const base = `http://127.0.0.1:${instance.port}`;
  const { nonce, question } = controlQuestion(instance.control);
  try {
    const answer = await fetch(`${base}${INSTANCE_LAUNCH_PATH}`, {
      method: 'POST',
      headers: { [INSTANCE_CONTROL_HEADER]: question },
      signal: AbortSignal.timeout(5_000),
    });
    if (!answer.ok) return undefined;
    const { url, proof } = (await answer.json()) as { url?: unknown; proof?: unknown };
    if (typeof url !== 'string' || typeof proof !== 'string' || !url.startsWith(`${base}/?k=`))
      return undefined;
    return sameSecret(proof, controlProof(instance.control, 'answer', nonce, url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function claimInstance(dataDir: string, instance: Omit<RunningInstance, 'pid'>): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  writeSecretFile(file, JSON.stringify({ pid: process.pid, port: instance.port, control: instance.control }));
  return () => {
    try {
      const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown };
      if (lock.pid === process.pid) removeSecretFile(file);
    } catch {
      // already gone
    }
  };
}
