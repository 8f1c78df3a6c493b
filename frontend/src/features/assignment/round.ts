/**
 * The `round` query parameter (a round's position) of the judging endpoints, absent for an edition's
 * only round. It is being added to the contract on branch h-rounds (issue 19): until it lands there,
 * the query is given untyped (`as never`).
 */
export const roundQuery = (round?: number) => (round ? { round } : {}) as never;
