export function findPeople(..._a: unknown[]) { return { people: [], quotes: [] }; }
