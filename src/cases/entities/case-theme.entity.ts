import { Entity, PrimaryColumn } from 'typeorm';

/** A theme the author picked on the working copy. */
@Entity('case_themes')
export class CaseTheme {
  @PrimaryColumn({ type: 'integer' })
  caseId: number;

  @PrimaryColumn({ type: 'integer' })
  themeId: number;
}

/** A theme of a submitted version. */
@Entity('case_version_themes')
export class CaseVersionTheme {
  @PrimaryColumn({ type: 'integer' })
  versionId: number;

  @PrimaryColumn({ type: 'integer' })
  themeId: number;
}
