import type { User } from '../users/user.entity';

/** Who is asking: what the permission rules need to know of the logged-in person. */
export type Actor = Pick<User, 'id' | 'name' | 'email' | 'isCoordinator' | 'language'>;
