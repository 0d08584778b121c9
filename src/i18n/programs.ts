/** Thematic programs (issue 16): programs. */
export const hu = {
  'programs.nav.manage': 'Programok',
  'programs.nav.schools': 'Iskolai közösségi szolgálat',
  'programs.nav.companies': 'Céges önkéntesség',
  'programs.public.title': 'Tematikus programok',
};

export const en: Record<keyof typeof hu, string> = {
  'programs.nav.manage': 'Programmes',
  'programs.nav.schools': 'School community service',
  'programs.nav.companies': 'Corporate volunteering',
  'programs.public.title': 'Thematic programmes',
};
