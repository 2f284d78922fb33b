import * as v from 'valibot';
import defaultAliases from '../../assets/corpus/aliases.json';
import type { AliasTable } from './entities';

const spelling = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty spelling'));

const aliasTableSchema = v.object({
  about: v.optional(v.string()),
  entities: v.array(
    v.strictObject({
      name: spelling,
      aliases: v.pipe(v.array(spelling), v.minLength(1, 'expected at least one alias')),
    }),
  ),
});

/**
 * Checks an alias table (a corpus folder's aliases.json: spellings no rule
 * derives) and returns it typed, or throws an Error naming the source and
 * the first bad field: `aliases.json: entities.2.aliases.0: expected a
 * non-empty spelling`.
 */
export function parseAliasTable(data: unknown, source: string): AliasTable {
  const result = v.safeParse(aliasTableSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || 'table';
    throw new Error(`${source}: not a valid alias table: ${path}: ${issue.message}`);
  }
  return { entities: result.output.entities };
}

/** The default corpus's alias table (assets/corpus/aliases.json), checked once: user imports use it too. */
let checked: AliasTable | undefined;
export function defaultAliasTable(): AliasTable {
  return (checked ??= parseAliasTable(defaultAliases, 'assets/corpus/aliases.json'));
}
