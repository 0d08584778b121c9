import type { KnowledgeSource } from '../../../db/schema/index.js';

/** The laws the starter articles cite, with their official consolidated text where it has a stable address. */
const njt = (path: string) => `https://njt.hu/jogszabaly/${path}`;

export const kot = (section: string): KnowledgeSource => ({
  citation: `Köt. ${section}`,
  label: '2005. évi LXXXVIII. törvény a közérdekű önkéntes tevékenységről',
  url: njt('2005-88-00-00'),
});

/** The Act as a whole, where an article sums up several of its rules. */
export const kotWhole: KnowledgeSource = { ...kot(''), citation: 'Köt.' };

export const nkt = (section: string): KnowledgeSource => ({
  citation: `Nkt. ${section}`,
  label: '2011. évi CXC. törvény a nemzeti köznevelésről',
  url: njt('2011-190-00-00'),
});

export const emmiRendelet133: KnowledgeSource = {
  citation: '20/2012. (VIII. 31.) EMMI rendelet 133. §',
  label: 'a nevelési-oktatási intézmények működéséről és a köznevelési intézmények névhasználatáról',
};

export const ptk = (section: string): KnowledgeSource => ({
  citation: `Ptk. ${section}`,
  label: '2013. évi V. törvény a Polgári Törvénykönyvről',
  url: njt('2013-5-00-00'),
});

export const gdpr = (article: string): KnowledgeSource => ({
  citation: `GDPR ${article}`,
  label: 'az Európai Parlament és a Tanács (EU) 2016/679 rendelete (általános adatvédelmi rendelet)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
});

export const infotv: KnowledgeSource = {
  citation: 'Infotv.',
  label: '2011. évi CXII. törvény az információs önrendelkezési jogról és az információszabadságról',
  url: njt('2011-112-00-00'),
};
