import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Full addresses into the portal, for mails. */
@Injectable()
export class CommentLinks {
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = config.baseUrl;
  }

  caseComments(slug: string, caseId: number): string {
    return `${this.baseUrl}/leerateliers/${slug}/casussen/${caseId}#reacties`;
  }

  comment(slug: string, caseId: number, commentId: number): string {
    return `${this.baseUrl}/leerateliers/${slug}/casussen/${caseId}#reactie-${commentId}`;
  }

  /** The page where a person chooses how they hear about comments in this edition. */
  mailSettings(slug: string): string {
    return `${this.baseUrl}/leerateliers/${slug}/meldingen`;
  }

  assignments(slug: string): string {
    return `${this.baseUrl}/leerateliers/${slug}/feedbackopdrachten`;
  }
}
