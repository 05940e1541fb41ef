import { createUserBodySchema } from '@siui/core';
import type { Command } from 'commander';
import { sql } from 'kysely';
import { recordAudit } from '../modules/audit/audit.service';
import { hashPassword } from '../modules/auth/password-hasher';
import { replaceUserRoles } from '../modules/users/user-roles.repository';
import { insertUser } from '../modules/users/users.repository';
import { openConfiguredDatabase } from '../server';
import { CliError, runCommand } from './cli-support';

interface UserAddOptions {
  username: string;
  password?: string;
  passwordStdin?: boolean;
  fullName: string;
  house: string;
  role: string[];
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('utilizatori interni / internal users');
  user
    .command('add')
    .description('creează un utilizator intern / creates an internal user')
    .requiredOption('--username <name>', 'nume utilizator / user name')
    .option('--password <password>', 'parola (preferați --password-stdin) / password')
    .option('--password-stdin', 'citește parola de la intrarea standard / reads the password from stdin')
    .requiredOption('--full-name <name>', 'nume complet / full name')
    .requiredOption('--house <code>', 'casa de asigurări, ex. CAS-AB sau CNAS / insurance house')
    .option(
      '--role <code>',
      'rol (repetabil) / role (repeatable)',
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .action((options: UserAddOptions) =>
      runCommand(async (config) => {
        const password = options.passwordStdin ? (await readStdin()).trim() : options.password;
        const parsed = createUserBodySchema.safeParse({
          username: options.username,
          password,
          fullName: options.fullName,
          insuranceHouse: options.house,
          roles: options.role,
        });
        if (!parsed.success) {
          throw new CliError(
            parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
            2,
          );
        }
        const body = parsed.data;
        const database = await openConfiguredDatabase(config);
        try {
          const db = database.db;
          const house = await db
            .selectFrom('insurance_houses')
            .select('code')
            .where('code', '=', body.insuranceHouse ?? '')
            .executeTakeFirst();
          if (!house) throw new CliError(`Casa „${body.insuranceHouse}” nu există / unknown house`, 2);
          const taken = await db
            .selectFrom('users')
            .select('id')
            .where(sql`lower(username)`, '=', body.username.toLowerCase())
            .executeTakeFirst();
          if (taken) throw new CliError(`Utilizatorul „${body.username}” există deja / already exists`, 3);
          const roles = await db
            .selectFrom('roles')
            .select(['code', 'cnas_only'])
            .where('code', 'in', body.roles.length ? body.roles : [''])
            .execute();
          for (const code of body.roles) {
            const role = roles.find((r) => r.code === code);
            if (!role) throw new CliError(`Rolul „${code}” nu există / unknown role`, 2);
            if (role.cnas_only && house.code !== 'CNAS') {
              throw new CliError(`Rolul „${code}” este doar pentru CNAS / CNAS-only role`, 2);
            }
          }
          const passwordHash = await hashPassword(body.password);
          const row = await db.transaction().execute(async (trx) => {
            const created = await insertUser(trx, {
              username: body.username,
              kind: 'internal',
              full_name: body.fullName,
              insurance_house_code: house.code,
              password_hash: passwordHash,
              provider_id: null,
            });
            await replaceUserRoles(trx, created.id, body.roles);
            await recordAudit(
              trx,
              { userId: null, username: 'cli', clientIp: null },
              {
                action: 'user.create',
                entityType: 'user',
                entityId: created.id,
                houseCode: house.code,
                after: { username: body.username, fullName: body.fullName, roles: body.roles },
              },
            );
            return created;
          });
          process.stdout.write(`Utilizator creat / user created: ${row.username} (${row.id})\n`);
        } finally {
          await database.close();
        }
        return 0;
      }),
    );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
