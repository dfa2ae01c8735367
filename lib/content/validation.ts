import YAML from 'yaml';
import type { z } from 'zod';

/** One readable line per problem: `file: field.path: message`, so a failed build points at the fix. */
function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${file}: ${path}: ${issue.message}`;
    })
    .join('\n');
}

/** Thrown for any invalid content; the message lists every problem found in the file. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Parse with a zod schema or throw a ContentError naming the file and each bad field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
  return result.data;
}

/**
 * YAML text as data; a syntax error or a duplicate key throws a ContentError naming the file. A
 * duplicate key would silently drop the first entry (a reference, a term), so it is an error.
 */
export function parseYaml(text: string, file: string): unknown {
  try {
    return YAML.parse(text, { uniqueKeys: true });
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`);
  }
}
