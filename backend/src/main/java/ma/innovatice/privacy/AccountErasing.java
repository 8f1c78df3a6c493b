package ma.innovatice.privacy;

import ma.innovatice.common.security.Actor;

import java.util.List;

/**
 * Fired synchronously inside the erasure's transaction, before anything of the account is erased:
 * the one place where a feature that keeps its own data about a person or her projects (such as the
 * gallery's consents) deletes or anonymises it. {@code deletedProjects} are about to be deleted
 * (rows referencing them must go), {@code anonymisedProjects} are kept anonymised. An observer that
 * throws rolls the whole erasure back.
 */
public record AccountErasing(long accountId, Actor actor, List<Long> deletedProjects, List<Long> anonymisedProjects) {
}
