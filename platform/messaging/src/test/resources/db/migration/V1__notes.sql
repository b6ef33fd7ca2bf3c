CREATE TABLE notes (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  household_id CHAR(36)     NOT NULL,
  text         VARCHAR(100) NOT NULL,
  written_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL
);

CREATE TABLE effects (
  id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id CHAR(36)     NOT NULL,
  text     VARCHAR(100) NOT NULL
);
