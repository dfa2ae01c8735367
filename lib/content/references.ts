import fs from 'node:fs';
import { displayPath, registryFile } from './paths';
import { registrySchema, type ReferenceEntry } from './schemas';
import { parseOrThrow, parseYaml } from './validation';

/** A registry entry with its id and the link a reader follows to find it (none when `noLink` says why). */
export type Reference = ReferenceEntry & { id: string; href?: string };

export type Registry = ReadonlyMap<string, Reference>;

/** Parse registry YAML text; duplicate ids and invalid entries throw, naming the file. */
export function parseRegistry(text: string, file: string): Registry {
  const data = parseYaml(text, file);
  const entries = parseOrThrow(registrySchema, data ?? {}, file);
  return new Map(Object.entries(entries).map(([id, entry]) => [id, { ...entry, id, href: referenceHref(entry) }]));
}

/** DOI first (it outlives URLs), then the publisher's URL, then PubMed; none for a `noLink` entry. */
function referenceHref(entry: ReferenceEntry): string | undefined {
  if (entry.doi) return `https://doi.org/${entry.doi}`;
  if (entry.url) return entry.url;
  if (entry.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${entry.pmid}/`;
  return undefined;
}

function loadRegistry(file: string = registryFile): Registry {
  return parseRegistry(fs.readFileSync(file, 'utf8'), displayPath(file));
}

let cached: Registry | undefined;

/** The site's registry, read once per process. */
export function getRegistry(): Registry {
  cached ??= loadRegistry();
  return cached;
}
