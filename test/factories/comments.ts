import { DataSource } from 'typeorm';
import { Case } from '../../src/cases/entities/case.entity';
import { Comment, CommentKind } from '../../src/comments/entities/comment.entity';
import { CommentRead } from '../../src/comments/entities/comment-read.entity';
import { CommentSettings } from '../../src/comments/entities/comment-settings.entity';
import { User } from '../../src/users/user.entity';
import { visibleText } from '../utils/html';
import { Agent, postForm } from '../utils/session';
import { Edition } from '../../src/editions/edition.entity';

let counter = 0;
/** Factory comments are written in the hour before the test file started, a second apart, in order. */
const start = Date.now() - 3600_000;

/** A comment written straight into the database; a reply when `parent` is given, a trainer note when `trainerNote`. */
export async function createComment(
  dataSource: DataSource,
  c: Case,
  writer: User,
  options: { body?: string; kind?: CommentKind; parent?: Comment; trainerNote?: boolean; at?: Date; deleted?: boolean; hidden?: string } = {},
): Promise<Comment> {
  counter += 1;
  const at = options.at ?? new Date(start + counter * 1000);
  return dataSource.getRepository(Comment).save({
    editionId: c.editionId,
    caseId: c.id,
    authorId: writer.id,
    parentId: options.parent?.id ?? null,
    kind: options.kind ?? 'algemeen',
    trainerNote: options.trainerNote ?? options.parent?.trainerNote ?? false,
    body: options.deleted ? '' : (options.body ?? `Reactie ${counter}`),
    createdAt: at,
    editedAt: null,
    deletedAt: options.deleted ? at : null,
    hiddenAt: options.hidden !== undefined ? at : null,
    hiddenById: null,
    hiddenReason: options.hidden ?? '',
  });
}

/** The person last looked at the case's comments at `at`. */
export async function markRead(dataSource: DataSource, user: User, c: Case, at: Date): Promise<void> {
  await dataSource.getRepository(CommentRead).save({ userId: user.id, caseId: c.id, seenAt: at });
}

export async function setCommentWindow(dataSource: DataSource, editionId: number, closesAt: Date | null, perParticipant = 2): Promise<void> {
  await dataSource.getRepository(CommentSettings).save({ editionId, closesAt, perParticipant });
}

/** Posts a comment through the case page's form, as a browser would. */
export function postComment(agent: Agent, edition: Edition, c: Pick<Case, 'id'>, fields: Record<string, string> = {}) {
  return postForm(agent, `/leerateliers/${edition.slug}/casussen/${c.id}/reacties`, { kind: 'tip', body: 'Een tip.', ...fields }, '/mijn');
}

/** Posts an answer to a comment through its reply form. */
export function postReply(agent: Agent, edition: Edition, c: Pick<Case, 'id'>, parentId: number, fields: Record<string, string> = {}) {
  return postForm(agent, `/leerateliers/${edition.slug}/casussen/${c.id}/reacties/${parentId}/reageren`, { kind: 'algemeen', body: 'Een antwoord.', ...fields }, '/mijn');
}

/** The id of the comment a successful post redirected to. */
export function postedId(res: { status: number; headers: Record<string, string> }): number {
  const id = /#reactie-(\d+)$/.exec(res.headers.location ?? '')?.[1];
  if (res.status !== 303 || !id) throw new Error(`The comment was not posted (status ${res.status})`);
  return Number(id);
}

/*
 * Reading the comments as a person would. Kept beside the factories so every comment test
 * reads pages the same way.
 */

/** The comments section of a case page, as HTML; '' when the page has none. */
export function commentSection(html: string): string {
  const start = html.indexOf('<section class="casus-section casus-comments-section"');
  if (start < 0) return '';
  const end = html.indexOf('</main>', start);
  return html.slice(start, end);
}

/** What a person reads of each comment in a section or page, in reading order: "[depth] text". */
export function commentTexts(html: string): string[] {
  const items: string[] = [];
  const re = /<article class="casus-comment[^"]*" id="reactie-(\d+)"[^>]*>([\s\S]*?)<\/article>/g;
  for (const match of html.matchAll(re)) items.push(visibleText(match[2]));
  return items;
}

/** The ids of the comments shown, in reading order. */
export function commentIds(html: string): number[] {
  return [...html.matchAll(/<article class="casus-comment[^"]*" id="reactie-(\d+)"/g)].map((m) => Number(m[1]));
}

/** The ids of the comments marked new. */
export function newCommentIds(html: string): number[] {
  return [...html.matchAll(/<article class="casus-comment[^"]*casus-comment--new[^"]*" id="reactie-(\d+)"/g)].map((m) => Number(m[1]));
}

/** The threads as indented ids ("  12" is a reply one level down), read from the nesting of the lists. */
export function threadShape(html: string): string[] {
  const shape: string[] = [];
  let depth = -1;
  for (const match of commentSection(html).matchAll(/<ol class="casus-comments[^"]*"|<\/ol>|<article class="casus-comment[^"]*" id="reactie-(\d+)"/g)) {
    if (match[0].startsWith('<ol')) depth++;
    else if (match[0] === '</ol>') depth--;
    else shape.push(`${'  '.repeat(depth)}${match[1]}`);
  }
  return shape;
}
