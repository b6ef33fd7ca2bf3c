CREATE TABLE bench_writes (
  id           CHAR(36) NOT NULL PRIMARY KEY,
  household_id CHAR(36) NOT NULL
);
