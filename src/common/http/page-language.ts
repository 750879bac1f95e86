import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import type { Language } from '../../config/app-config';
import { isLanguage } from '../i18n/i18n';

/** The language the person reads the page in, as the language middleware chose it (not the account's). */
export const PageLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const lang: unknown = context.switchToHttp().getResponse<Response>().locals.lang;
  return isLanguage(lang) ? lang : 'nl';
});
