-- MySQL 8.4 for docker-compose (run once by the image's entrypoint on an empty data directory), and the statements
-- an operator runs on the managed MySQL behind k8s/ (with the passwords from the kajimaru-db secret).
-- One schema and one user per service; each user owns only its schema (Flyway migrates it) and may read the binlog
-- (REPLICATION SLAVE, REPLICATION CLIENT) for its outbox relay (Debezium, snapshot.locking.mode=none: no RELOAD,
-- no LOCK TABLES needed). The passwords below are for the local compose stack only.
CREATE DATABASE IF NOT EXISTS kajimaru_user CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS kajimaru_rotation CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS kajimaru_inventory CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS kajimaru_shopping CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS kajimaru_notification CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS kajimaru_weather CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

CREATE USER IF NOT EXISTS 'kajimaru_user'@'%' IDENTIFIED BY 'local-user-pw';
CREATE USER IF NOT EXISTS 'kajimaru_rotation'@'%' IDENTIFIED BY 'local-rotation-pw';
CREATE USER IF NOT EXISTS 'kajimaru_inventory'@'%' IDENTIFIED BY 'local-inventory-pw';
CREATE USER IF NOT EXISTS 'kajimaru_shopping'@'%' IDENTIFIED BY 'local-shopping-pw';
CREATE USER IF NOT EXISTS 'kajimaru_notification'@'%' IDENTIFIED BY 'local-notification-pw';
CREATE USER IF NOT EXISTS 'kajimaru_weather'@'%' IDENTIFIED BY 'local-weather-pw';

GRANT ALL PRIVILEGES ON kajimaru_user.* TO 'kajimaru_user'@'%';
GRANT ALL PRIVILEGES ON kajimaru_rotation.* TO 'kajimaru_rotation'@'%';
GRANT ALL PRIVILEGES ON kajimaru_inventory.* TO 'kajimaru_inventory'@'%';
GRANT ALL PRIVILEGES ON kajimaru_shopping.* TO 'kajimaru_shopping'@'%';
GRANT ALL PRIVILEGES ON kajimaru_notification.* TO 'kajimaru_notification'@'%';
GRANT ALL PRIVILEGES ON kajimaru_weather.* TO 'kajimaru_weather'@'%';

GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_user'@'%';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_rotation'@'%';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_inventory'@'%';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_shopping'@'%';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_notification'@'%';
GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'kajimaru_weather'@'%';
