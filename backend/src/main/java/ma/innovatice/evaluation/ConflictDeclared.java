package ma.innovatice.evaluation;

/**
 * Fired synchronously, inside the transaction in which a juror declared a conflict of interest with
 * a project they were assigned (the assignment is gone): what the administrators are told.
 */
public record ConflictDeclared(long conflictId, long editionId, String editionTitle, String projectTitle,
                               String jurorName, String reason, long jurorsLeft, int jurorsPerProject) {
}
