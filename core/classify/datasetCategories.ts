// How the labels of the public IT-service-ticket data set (the shipped model's training data)
// map to the default taxonomy. Miscellaneous is a grab-bag of unrelated requests in that data,
// so it maps to no category: the rules and context decide, or L1 triages it.
export const itServiceTicketCategories: Record<string, string | null> = {
  Hardware: 'hardware',
  Access: 'access_permissions',
  'Administrative rights': 'admin_rights',
  Storage: 'shared_drive',
  Purchase: 'purchase',
  'HR Support': 'hr_support',
  'Internal Project': 'internal_project',
  Miscellaneous: null,
};

/** The category mapping for a training set: the data set's own when its labels are those. */
export function categoriesForLabels(labels: readonly string[]): Record<string, string | null> {
  const known = labels.every((l) => Object.hasOwn(itServiceTicketCategories, l));
  return Object.fromEntries(labels.map((l) => [l, known ? itServiceTicketCategories[l]! : l]));
}
