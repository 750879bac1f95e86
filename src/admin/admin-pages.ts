import { Injectable } from '@nestjs/common';
import type { FieldErrors } from '../common/forms/parse-form';
import { Edition, EDITION_STATUSES, EditionStatus } from '../editions/edition.entity';
import { AdminRepository } from './admin.repository';
import { editionFormValues, newEditionValues } from './edition-form-rules';

export interface StatusOption {
  value: EditionStatus;
  labelKey: string;
  selected: boolean;
}

export interface TrainerRow {
  name: string;
  email: string;
  statusKey: string;
}

/** What views/admin/edition.hbs shows: the create form, or the edit page of `edition`. */
export interface EditionPage {
  edition?: Edition;
  statusKey?: string;
  values: Record<string, unknown>;
  errors?: FieldErrors;
  statusOptions: StatusOption[];
  /** Edit page only: buttons to move to any other status. */
  statusActions?: { value: EditionStatus; labelKey: string }[];
  trainers?: TrainerRow[];
  trainerValues?: Record<string, unknown>;
  trainerErrors?: FieldErrors;
}

export interface EditPageParts {
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  trainerValues?: Record<string, unknown>;
  trainerErrors?: FieldErrors;
}

export const statusKey = (status: EditionStatus): string => `admin.status.${status}`;

/** Builds the edition form pages, so that every handler that re-shows one shows the same page. */
@Injectable()
export class AdminPages {
  constructor(private readonly admin: AdminRepository) {}

  newEdition(values: Record<string, unknown> = newEditionValues(), errors?: FieldErrors): EditionPage {
    return { values, errors, statusOptions: statusOptions(values.status) };
  }

  async editEdition(edition: Edition, parts: EditPageParts = {}): Promise<EditionPage> {
    const trainers = await this.admin.findTrainers(edition.id);
    return {
      edition,
      statusKey: statusKey(edition.status),
      values: parts.values ?? editionFormValues(edition),
      errors: parts.errors,
      statusOptions: statusOptions(edition.status),
      statusActions: EDITION_STATUSES.filter((s) => s !== edition.status).map((value) => ({ value, labelKey: `admin.statusAction.${value}` })),
      trainers: trainers.map((enrolment) => ({
        name: enrolment.user?.name ?? '',
        email: enrolment.user?.email ?? '',
        statusKey: `admin.trainers.status.${enrolment.status}`,
      })),
      trainerValues: parts.trainerValues ?? {},
      trainerErrors: parts.trainerErrors,
    };
  }
}

function statusOptions(selected: unknown): StatusOption[] {
  return EDITION_STATUSES.map((value) => ({ value, labelKey: statusKey(value), selected: value === selected }));
}
