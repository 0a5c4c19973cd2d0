import type { Person } from "../../model/types.js";

/** People who share an affiliation, next to each other in the byline. */
export interface AffiliationGroup {
  affiliation: string | undefined;
  people: Person[];
}

/**
 * Groups consecutive people of the same affiliation, the way recap writers do by hand:
 * "Michael Medellin & Gordon Tillman, Department of Defense". Order is never changed, so
 * people of one organisation who are not next to each other stay apart.
 */
export function groupByAffiliation(people: readonly Person[]): AffiliationGroup[] {
  const groups: AffiliationGroup[] = [];
  for (const person of people) {
    const last = groups[groups.length - 1];
    if (last && last.affiliation === person.affiliation) last.people.push(person);
    else groups.push({ affiliation: person.affiliation, people: [person] });
  }
  return groups;
}
