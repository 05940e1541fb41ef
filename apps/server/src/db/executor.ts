import type { Kysely } from 'kysely';
import type { DB } from './schema';

/** What repositories run their SQL on: the database or a transaction (Transaction extends Kysely). */
export type Executor = Kysely<DB>;
