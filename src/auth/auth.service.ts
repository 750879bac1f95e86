import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { resolveSessionSecret } from '../config/session-secret';
import { type FormResult, fieldError, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AuthRepository } from './auth.repository';
import { ForgotPasswordForm, LoginForm, SetPasswordForm } from './dto/auth.forms';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, blockedUntil, minutesUntil, WINDOW_MS } from './login-throttle';
import { passwordProblem } from './password-rules';
import { hashPassword, verifyPassword } from './passwords';
import { hashToken, looksLikeToken, newToken } from './tokens';

const RESET_LINK_MS = 60 * 60 * 1000;
export const FIRST_PASSWORD_LINK_MS = 7 * 24 * 60 * 60 * 1000;

export type LoginOutcome = FormResult<LoginForm> | { ok: 'blocked'; minutes: number; values: Record<string, unknown> };
export type TokenState = 'valid' | 'expired' | 'used' | 'unknown';

@Injectable()
export class AuthService {
  private readonly throttleSecret: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly mail: MailService,
  ) {
    this.throttleSecret = resolveSessionSecret(config);
  }

  /**
   * Checks a login. The answer is the same whether the address exists or not, and failed
   * attempts count per account and per network address, both before the password is checked.
   */
  async login(body: unknown, address: string, now = new Date()): Promise<LoginOutcome & { user?: User }> {
    const form = parseForm(LoginForm, body);
    if (!form.ok) return form;
    const keys = [this.throttleKey('account', form.value.email), this.throttleKey('address', address)];
    const attempts = await this.auth.failedAttemptsSince(keys, new Date(now.getTime() - WINDOW_MS));
    const until = [blockedUntil(attempts.get(keys[0]) ?? [], ACCOUNT_LIMIT, now), blockedUntil(attempts.get(keys[1]) ?? [], ADDRESS_LIMIT, now)]
      .filter((d): d is Date => !!d)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    if (until) return { ok: 'blocked', minutes: minutesUntil(until, now), values: { email: form.value.email } };

    const user = await this.users.findByEmail(form.value.email);
    const valid = await verifyPassword(user?.passwordHash ?? null, form.value.password);
    if (!user || !valid) {
      await this.transactions.write((m) => this.auth.recordFailedAttempt(m, keys, now));
      return fieldError('password', 'auth.invalidLogin', { email: form.value.email });
    }
    await this.transactions.write(async (m) => {
      await this.auth.clearAttempts(m, keys[0]);
      await this.users.update(m, user.id, { lastLoginAt: now });
    });
    return { ...form, user };
  }

  /** Mails a reset link when the address has an account; the page says the same either way. */
  async requestPasswordReset(body: unknown, now = new Date()): Promise<FormResult<ForgotPasswordForm>> {
    const form = parseForm(ForgotPasswordForm, body);
    if (!form.ok) return form;
    const user = await this.users.findByEmail(form.value.email);
    if (user) await this.sendPasswordLink(user, RESET_LINK_MS, now);
    return form;
  }

  /** A set-password link, mailed; also used for the first coordinator and new accounts. */
  async sendPasswordLink(user: User, validForMs: number, now = new Date()): Promise<string> {
    const { token, hash } = newToken();
    const link = `${this.config.baseUrl}/wachtwoord-instellen/${token}`;
    const expiresAt = new Date(now.getTime() + validForMs);
    await this.transactions.write(async (m) => {
      await this.auth.createToken(m, { tokenHash: hash, purpose: 'password-reset', userId: user.id, expiresAt });
      await this.mail.queue(
        { to: { address: user.email, name: user.name }, lang: user.language, template: 'password-reset', model: { name: user.name, link, expiresAt } },
        m,
      );
    });
    return link;
  }

  /** Makes a set-password link without mailing it, for the command line. */
  async createPasswordLink(user: User, validForMs: number, now = new Date()): Promise<string> {
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + validForMs);
    await this.transactions.write((m) => this.auth.createToken(m, { tokenHash: hash, purpose: 'password-reset', userId: user.id, expiresAt }));
    return `${this.config.baseUrl}/wachtwoord-instellen/${token}`;
  }

  async tokenState(token: string, now = new Date()): Promise<TokenState> {
    const row = looksLikeToken(token) ? await this.auth.findToken(hashToken(token), 'password-reset') : null;
    if (!row) return 'unknown';
    if (row.usedAt) return 'used';
    return row.expiresAt <= now ? 'expired' : 'valid';
  }

  /** Sets a new password with a link; the link then stops working and other sessions end. */
  async setPassword(token: string, body: unknown, now = new Date()): Promise<(FormResult<SetPasswordForm> & { user?: User }) | { ok: 'link'; state: TokenState }> {
    const state = await this.tokenState(token, now);
    if (state !== 'valid') return { ok: 'link', state };
    const row = (await this.auth.findToken(hashToken(token), 'password-reset'))!;
    const user = (await this.users.findById(row.userId))!;
    const form = parseForm(SetPasswordForm, body);
    if (!form.ok) return { ...form, values: {} };
    const problem = passwordProblem(form.value.password, user.email);
    if (problem) return fieldError('password', `auth.passwordRule.${problem}`, {});
    if (form.value.password !== form.value.passwordAgain) return fieldError('passwordAgain', 'auth.passwordRule.different', {});

    const passwordHash = await hashPassword(form.value.password);
    const used = await this.transactions.write(async (m) => {
      if (!(await this.auth.useToken(m, row.id, now))) return false;
      await this.users.update(m, user.id, { passwordHash, lastLoginAt: now });
      return true;
    });
    if (!used) return { ok: 'link', state: 'used' };
    return { ...form, user };
  }

  private throttleKey(kind: string, value: string): string {
    return createHmac('sha256', this.throttleSecret).update(`${kind}:${value.toLowerCase()}`).digest('hex');
  }
}
