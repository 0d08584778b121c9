import type { Translation } from './index.js';

/**
 * Strings of the knowledge base (tájékoztatás, issue 14). Staff write the articles, so the
 * editor's errors address them formally ("Ön").
 */
export const hu = {
  'knowledge.error.slug': 'A cím (URL) 3–80 karakter: kisbetűk, számjegyek és egyes kötőjelek, például „mi-az-onkentesseg”.',
  'knowledge.error.slugTaken': 'Ez a cím (URL) már egy másik cikké. Kérjük, válasszon másikat.',
  'knowledge.error.audiences': 'Jelöljön meg legalább egy célcsoportot.',
  'knowledge.error.sourceCitation': 'Adja meg a forrás jogszabályhelyét, például „Köt. 3. §”.',
  'knowledge.error.sourceLabel': 'Adja meg a forrás hivatkozásának szövegét.',
  'knowledge.error.sourceUrl': 'A forrás címe https://-sel kezdődő webcím legyen.',
};

export const en: Translation<typeof hu> = {
  'knowledge.error.slug': 'The address (URL) has 3–80 characters: lower-case letters, digits and single hyphens, e.g. “what-is-volunteering”.',
  'knowledge.error.slugTaken': 'Another article already has this address (URL). Please choose another.',
  'knowledge.error.audiences': 'Tick at least one audience.',
  'knowledge.error.sourceCitation': 'Give the source’s legal reference, e.g. “Köt. 3. §”.',
  'knowledge.error.sourceLabel': 'Give the text of the source’s link.',
  'knowledge.error.sourceUrl': 'The source’s address must be a web address starting with https://.',
};
