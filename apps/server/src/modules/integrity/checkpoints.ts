import fs from 'node:fs';
import { ChainCheckpointer } from './chain-checkpointer';
import { checkpointFile } from './checkpoint-log';
import { loadCheckpointSigner } from './checkpoint-signer';
import { type CheckpointEvidence, loadCheckpointEvidence } from './checkpoint-verifier';

// Where the server and the CLI find the signing key and the checkpoint file from the settings.

export interface CheckpointSettings {
  dataDir: string;
  auditSigningKey: string | undefined;
}

/** For the server: the key (created on first start) and a writer resuming from the file. */
export function openCheckpointer(settings: CheckpointSettings): ChainCheckpointer {
  const signer = loadCheckpointSigner({ dataDir: settings.dataDir, keyFile: settings.auditSigningKey });
  return ChainCheckpointer.open(signer, checkpointFile(settings.dataDir));
}

export interface EvidenceReading {
  file: string;
  evidence: CheckpointEvidence;
  /** No checkpoint file at all: the chains are only as trustworthy as the database. */
  missing: boolean;
}

/**
 * For verification: never creates a key. Without a key, checkpoints cannot be checked and each one
 * is reported; a damaged key is an error.
 */
export function readCheckpointEvidence(settings: CheckpointSettings): EvidenceReading {
  const file = checkpointFile(settings.dataDir);
  const missing = !fs.existsSync(file);
  const signer = missing
    ? null
    : loadCheckpointSigner({ dataDir: settings.dataDir, keyFile: settings.auditSigningKey, create: false });
  return { file, evidence: loadCheckpointEvidence(signer, file), missing };
}
