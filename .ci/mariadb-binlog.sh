#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1:3306 as root without a password, with the binlog
# on (ROW, FULL, server_id): Debezium's CDC relay needs it. Installs and (re)starts it if needed.
set -euo pipefail

q() { mysql -uroot -h127.0.0.1 -P3306 -N -B -e "$1" 2>/dev/null; }

binlog_ok() {
  case "$(q "SELECT CONCAT(@@log_bin, @@binlog_format, @@binlog_row_image)")" in 1ROWFULL|ONROWFULL) return 0;; *) return 1;; esac
}

if binlog_ok; then echo "mariadb: binlog already on"; exit 0; fi

if ! command -v mariadbd >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server mariadb-client
fi

# Flags on the command line rather than a conf.d file: some images ship a my.cnf without !includedir.
BINLOG_ARGS=(--server-id=1 --log-bin=/var/lib/mysql/mysql-bin --binlog-format=ROW --binlog-row-image=FULL
             --binlog-expire-logs-seconds=86400 --bind-address=127.0.0.1 --port=3306 --max-connections=500)

if mysqladmin ping >/dev/null 2>&1; then
  mysqladmin shutdown || true
  for _ in $(seq 1 120); do mysqladmin ping >/dev/null 2>&1 || break; sleep 0.25; done
fi
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql "${BINLOG_ARGS[@]}"
for _ in $(seq 1 120); do mysqladmin ping >/dev/null 2>&1 && break; sleep 0.25; done

# Debian's root is socket-only; tests and the services log in over TCP with an empty password.
q "SELECT 1" >/dev/null || mysql -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket; FLUSH PRIVILEGES;" || true

if binlog_ok; then echo "mariadb: binlog on"; else echo "mariadb: binlog could not be enabled" >&2; exit 1; fi
