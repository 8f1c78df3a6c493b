-- Personal data (law 09-08): what each feature of issue 20 builds on.
--
-- The privacy notice a person accepted (its version and when). NULL for every account created before
-- the notice existed: they are asked at their next login. An erased account keeps its row (its
-- projects in closed editions still carry scores and awards) with every personal field replaced;
-- erased_at says when.
ALTER TABLE account
    ADD COLUMN privacy_notice_version INT NULL,
    ADD COLUMN privacy_accepted_at DATETIME(6) NULL,
    ADD COLUMN erased_at DATETIME(6) NULL;

-- The teacher's declaration about her evidence: whether it shows pupils (faces, voices, names) and,
-- if so, that the school holds the parents' authorisations. NULL = not declared yet (projects
-- submitted before the declaration existed keep NULL). anonymised_at: the author's erasure replaced
-- her personal details in this project.
ALTER TABLE submission
    ADD COLUMN evidence_shows_pupils BOOLEAN NULL,
    ADD COLUMN parental_authorisations_held BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_submission_pupils_declaration
        CHECK (parental_authorisations_held = FALSE OR evidence_shows_pupils = TRUE);

-- What a file is for: classroom evidence, or the scan of parents' authorisations (never shown to
-- jurors or the public). shows_pupils: the author's word on this one file (NULL = not said, treated
-- as showing pupils wherever it matters).
ALTER TABLE attachment
    ADD COLUMN purpose VARCHAR(20) NOT NULL DEFAULT 'EVIDENCE',
    ADD COLUMN shows_pupils BOOLEAN NULL,
    ADD CONSTRAINT ck_attachment_purpose CHECK (purpose IN ('EVIDENCE', 'AUTHORISATION'));

-- How long the evidence of projects that were not awarded is kept after publication.
ALTER TABLE edition
    ADD COLUMN evidence_retention_months INT NOT NULL DEFAULT 24,
    ADD CONSTRAINT ck_edition_evidence_retention CHECK (evidence_retention_months BETWEEN 1 AND 120);
