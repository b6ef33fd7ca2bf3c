-- Rotation settings a household owns here (the rotation unit and time zone belong to user-service).
CREATE TABLE rotation_settings (
  household_id     CHAR(36) NOT NULL PRIMARY KEY,
  default_due_time TIME     NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
