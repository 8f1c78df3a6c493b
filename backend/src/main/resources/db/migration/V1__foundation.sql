-- Foundation: reference data, accounts, editions and their rubric, audit log.
-- Instants are DATETIME(6) in UTC; calendar dates are DATE in Africa/Casablanca.

CREATE TABLE region (
    code        CHAR(5)      NOT NULL,
    name_fr     VARCHAR(100) NOT NULL,
    name_ar     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    academy_fr  VARCHAR(200) NOT NULL,
    academy_ar  VARCHAR(200) NOT NULL,
    academy_en  VARCHAR(200) NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_region_code CHECK (code REGEXP '^MA-(0[1-9]|1[0-2])$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO region (code, name_fr, name_ar, name_en, academy_fr, academy_ar, academy_en) VALUES
('MA-01', 'Tanger-Tétouan-Al Hoceïma', 'طنجة - تطوان - الحسيمة', 'Tangier-Tetouan-Al Hoceima',
 'AREF Tanger-Tétouan-Al Hoceïma', 'الأكاديمية الجهوية للتربية والتكوين لجهة طنجة - تطوان - الحسيمة', 'AREF Tangier-Tetouan-Al Hoceima'),
('MA-02', 'L''Oriental', 'الشرق', 'Oriental',
 'AREF L''Oriental', 'الأكاديمية الجهوية للتربية والتكوين لجهة الشرق', 'AREF Oriental'),
('MA-03', 'Fès-Meknès', 'فاس - مكناس', 'Fez-Meknes',
 'AREF Fès-Meknès', 'الأكاديمية الجهوية للتربية والتكوين لجهة فاس - مكناس', 'AREF Fez-Meknes'),
('MA-04', 'Rabat-Salé-Kénitra', 'الرباط - سلا - القنيطرة', 'Rabat-Sale-Kenitra',
 'AREF Rabat-Salé-Kénitra', 'الأكاديمية الجهوية للتربية والتكوين لجهة الرباط - سلا - القنيطرة', 'AREF Rabat-Sale-Kenitra'),
('MA-05', 'Béni Mellal-Khénifra', 'بني ملال - خنيفرة', 'Beni Mellal-Khenifra',
 'AREF Béni Mellal-Khénifra', 'الأكاديمية الجهوية للتربية والتكوين لجهة بني ملال - خنيفرة', 'AREF Beni Mellal-Khenifra'),
('MA-06', 'Casablanca-Settat', 'الدار البيضاء - سطات', 'Casablanca-Settat',
 'AREF Casablanca-Settat', 'الأكاديمية الجهوية للتربية والتكوين لجهة الدار البيضاء - سطات', 'AREF Casablanca-Settat'),
('MA-07', 'Marrakech-Safi', 'مراكش - آسفي', 'Marrakesh-Safi',
 'AREF Marrakech-Safi', 'الأكاديمية الجهوية للتربية والتكوين لجهة مراكش - آسفي', 'AREF Marrakesh-Safi'),
('MA-08', 'Drâa-Tafilalet', 'درعة - تافيلالت', 'Draa-Tafilalet',
 'AREF Drâa-Tafilalet', 'الأكاديمية الجهوية للتربية والتكوين لجهة درعة - تافيلالت', 'AREF Draa-Tafilalet'),
('MA-09', 'Souss-Massa', 'سوس - ماسة', 'Souss-Massa',
 'AREF Souss-Massa', 'الأكاديمية الجهوية للتربية والتكوين لجهة سوس - ماسة', 'AREF Souss-Massa'),
('MA-10', 'Guelmim-Oued Noun', 'كلميم - واد نون', 'Guelmim-Oued Noun',
 'AREF Guelmim-Oued Noun', 'الأكاديمية الجهوية للتربية والتكوين لجهة كلميم - واد نون', 'AREF Guelmim-Oued Noun'),
('MA-11', 'Laâyoune-Sakia El Hamra', 'العيون - الساقية الحمراء', 'Laayoune-Sakia El Hamra',
 'AREF Laâyoune-Sakia El Hamra', 'الأكاديمية الجهوية للتربية والتكوين لجهة العيون - الساقية الحمراء', 'AREF Laayoune-Sakia El Hamra'),
('MA-12', 'Dakhla-Oued Ed-Dahab', 'الداخلة - وادي الذهب', 'Dakhla-Oued Ed-Dahab',
 'AREF Dakhla-Oued Ed-Dahab', 'الأكاديمية الجهوية للتربية والتكوين لجهة الداخلة - وادي الذهب', 'AREF Dakhla-Oued Ed-Dahab');

CREATE TABLE school_level (
    code      VARCHAR(32)  NOT NULL,
    position  INT          NOT NULL,
    label_fr  VARCHAR(100) NOT NULL,
    label_ar  VARCHAR(100) NOT NULL,
    label_en  VARCHAR(100) NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT uq_school_level_position UNIQUE (position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO school_level (code, position, label_fr, label_ar, label_en) VALUES
('PRESCOLAIRE', 1, 'Préscolaire', 'التعليم الأولي', 'Preschool'),
('PRIMAIRE', 2, 'Primaire', 'التعليم الابتدائي', 'Primary'),
('SECONDAIRE_COLLEGIAL', 3, 'Secondaire collégial', 'التعليم الثانوي الإعدادي', 'Lower secondary'),
('SECONDAIRE_QUALIFIANT', 4, 'Secondaire qualifiant', 'التعليم الثانوي التأهيلي', 'Upper secondary');

-- The email column's collation is case-insensitive, so the unique key refuses
-- Teacher@x.ma beside teacher@x.ma and every lookup by email ignores case.
CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    email               VARCHAR(254) NOT NULL COLLATE utf8mb4_unicode_ci,
    password_hash       VARCHAR(100) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    preferred_language  CHAR(2)      NOT NULL DEFAULT 'fr',
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    demo                BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_role CHECK (role IN ('TEACHER', 'JURY', 'ADMIN')),
    CONSTRAINT ck_account_language CHECK (preferred_language IN ('fr', 'ar', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_role ON account (role);

CREATE TABLE edition (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    number                INT           NOT NULL,
    year                  INT           NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    theme                 VARCHAR(500)  NULL,
    rules                 TEXT          NULL,
    submissions_open_at   DATETIME(6)   NOT NULL,
    submissions_close_at  DATETIME(6)   NOT NULL,
    evaluation_close_at   DATETIME(6)   NOT NULL,
    ceremony_date         DATE          NULL,
    ceremony_venue        VARCHAR(200)  NULL,
    laureate_count        INT           NOT NULL,
    jurors_per_project    INT           NOT NULL,
    blind_review          BOOLEAN       NOT NULL DEFAULT FALSE,
    same_region_conflict  BOOLEAN       NOT NULL DEFAULT FALSE,
    forum_name            VARCHAR(200)  NULL,
    forum_city            VARCHAR(100)  NULL,
    forum_year            INT           NULL,
    status                VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    demo                  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_edition_number UNIQUE (number),
    CONSTRAINT ck_edition_status CHECK (status IN ('DRAFT', 'OPEN', 'EVALUATION', 'DELIBERATION', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_edition_dates CHECK (submissions_open_at < submissions_close_at AND submissions_close_at < evaluation_close_at),
    CONSTRAINT ck_edition_counts CHECK (laureate_count > 0 AND jurors_per_project > 0),
    CONSTRAINT ck_edition_forum CHECK ((forum_name IS NULL AND forum_city IS NULL AND forum_year IS NULL)
                                    OR (forum_name IS NOT NULL AND forum_city IS NOT NULL AND forum_year IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_edition_status ON edition (status);

CREATE TABLE criterion (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    edition_id      BIGINT        NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    label_fr        VARCHAR(2000) NOT NULL,
    label_ar        VARCHAR(2000) NOT NULL,
    label_en        VARCHAR(2000) NOT NULL,
    description_fr  VARCHAR(2000) NULL,
    description_ar  VARCHAR(2000) NULL,
    description_en  VARCHAR(2000) NULL,
    weight          DECIMAL(7,3)  NOT NULL,
    scale_min       INT           NOT NULL,
    scale_max       INT           NOT NULL,
    position        INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_criterion_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT uq_criterion_code UNIQUE (edition_id, code),
    CONSTRAINT ck_criterion_scale CHECK (scale_min < scale_max),
    CONSTRAINT ck_criterion_weight CHECK (weight >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE criterion_gate (
    criterion_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    label_fr      VARCHAR(2000) NOT NULL,
    label_ar      VARCHAR(2000) NOT NULL,
    label_en      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (criterion_id, position),
    CONSTRAINT fk_criterion_gate_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who changed what, when, with the state before and after (JSON text).
CREATE TABLE audit_log (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)  NOT NULL,
    actor_id      BIGINT       NULL,
    actor_email   VARCHAR(254) NULL,
    entity_type   VARCHAR(40)  NOT NULL,
    entity_id     BIGINT       NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    before_state  LONGTEXT     NULL,
    after_state   LONGTEXT     NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id, occurred_at);
