import type { Invitation } from './invitation.entity';

export const INVITATION_VALID_MS = 14 * 24 * 60 * 60 * 1000;

export type InvitationState = 'valid' | 'expired' | 'used' | 'replaced' | 'unknown';

export function invitationState(invitation: Pick<Invitation, 'usedAt' | 'retiredAt' | 'expiresAt'> | null, now: Date): InvitationState {
  if (!invitation) return 'unknown';
  if (invitation.usedAt) return 'used';
  if (invitation.retiredAt) return 'replaced';
  return invitation.expiresAt <= now ? 'expired' : 'valid';
}
