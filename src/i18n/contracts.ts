/** Strings of volunteer contracts (önkéntes szerződés, Köt. 6. §): "Ön" to organizations and in the contract text, "te" to volunteers. */
export const hu = {
  'contracts.link.placement': 'Önkéntes szerződés',
  'contracts.link.template': 'Szerződésminta szerkesztése',
};

export const en: Record<keyof typeof hu, string> = {
  'contracts.link.placement': 'Volunteer contract',
  'contracts.link.template': 'Edit the contract template',
};
