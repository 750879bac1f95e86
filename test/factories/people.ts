import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment, EnrolmentRole, EnrolmentStatus } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';

export const TEST_PASSWORD = 'fiets naar het stadhuis';
let counter = 0;
let cachedHash: string | undefined;

/** An account with TEST_PASSWORD (hashed once per test file: argon2 is slow on purpose). */
export async function createUser(dataSource: DataSource, fields: Partial<User> = {}): Promise<User> {
  counter += 1;
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  return dataSource.getRepository(User).save(
    dataSource.getRepository(User).create({
      email: `persoon${counter}@gemeente-voorbeeld.nl`,
      name: `Persoon ${counter}`,
      organisation: 'Gemeente Voorbeeld',
      jobTitle: 'Beleidsadviseur',
      passwordHash: cachedHash,
      ...fields,
    }),
  );
}

export async function enrol(
  dataSource: DataSource,
  edition: Edition,
  user: User,
  role: EnrolmentRole,
  status: EnrolmentStatus = 'active',
): Promise<Enrolment> {
  return dataSource.getRepository(Enrolment).save({ editionId: edition.id, userId: user.id, role, status, lunch: false });
}
