/**
 * The content doctor: reads content/ and public/ directly and runs every rule,
 * reporting all problems at once. Each rule lives in its own module and uses the
 * engine's schemas, campaign parser, reference check, link resolver and route table.
 */
import { checkComponents } from './components.ts';
import { checkPublishable } from './publishable.ts';
import { checkGate } from './gate.ts';
import { checkImages, IMAGE_LIMITS } from './images.ts';
import { checkLinks } from './links.ts';
import { checkPlaceholders } from './placeholders.ts';
import { Problems, type Problem } from './problems.ts';
import { readProject } from './project.ts';
import { checkReadability } from './readability.ts';
import { checkSchemas } from './schema.ts';
import { checkRefs, checkRoutes } from './structure.ts';
import { localToday } from '../today.ts';
import { checkTranslations, gitCommitDates, type CommitDates, type TranslationStatus } from './translations.ts';

export interface DoctorOptions {
  /** The date to measure contacts' verifiedAt against, YYYY-MM-DD; default: today. */
  today?: string;
  /**
   * Commit dates to tell outdated translations without a sourceHash: true (default)
   * reads them from git when the project is a git checkout, false skips them.
   */
  git?: boolean | CommitDates;
  imageLimits?: typeof IMAGE_LIMITS;
}

export interface Report {
  ok: boolean;
  errors: number;
  warnings: number;
  /** How many content files were read. */
  files: number;
  problems: Problem[];
  translations?: TranslationStatus;
  /** Checks that could not run, and why. */
  skipped: string[];
}

export function runDoctor(root: string, options: DoctorOptions = {}): Report {
  const problems = new Problems();
  const skipped: string[] = [];
  const project = readProject(root, problems);
  checkSchemas(project, problems);
  let translations: TranslationStatus | undefined;
  if (project.campaign) {
    const table = checkRoutes(project, problems);
    checkRefs(project, problems);
    checkLinks(project, problems);
    const dates = options.git === false ? undefined : options.git === true || options.git === undefined ? gitCommitDates(root) : options.git;
    translations = checkTranslations(project, problems, table, dates);
    if (!dates) skipped.push('outdated translations without a sourceHash (this is not a git checkout)');
  } else {
    skipped.push('links, references, languages and translations: content/campaign.yaml has to be valid first');
  }
  checkComponents(project, problems);
  checkGate(project, problems);
  checkPublishable(project, problems, options.today ?? localToday());
  checkImages(project, problems, options.imageLimits);
  checkReadability(project, problems);
  checkPlaceholders(project, problems);

  const list = problems.list;
  const errors = list.filter((p) => p.severity === 'error').length;
  return {
    ok: errors === 0,
    errors,
    warnings: list.length - errors,
    files: project.entries.length + project.contacts.length + (project.campaignYaml ? 1 : 0) + Object.keys(project.overrides).length,
    problems: list,
    translations,
    skipped,
  };
}
