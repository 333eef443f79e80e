/* The yardstick for bulk writes: the rows of SRC copied into a fresh DEST with plain SQLite,
 * the way SQLite is fastest. Rows are read into memory first (not timed); then, timed: the
 * tables made from SRC's schema, every row bound to one prepared INSERT per table in one
 * transaction, the secondary indexes built after the rows, the commit. Same pragmas as the
 * district store (WAL, synchronous=NORMAL, 64 MB cache, foreign keys on).
 *   sqlite-load SRC.sqlite DEST.sqlite [ROWS]   prints: wall-seconds cpu-seconds rows
 * ROWS (default 1): rows per INSERT, `VALUES (…), (…)`, the last rows one by one, as the
 * store's first loads write them (16). */
#include <sqlite3.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *insert; int columns; int rows; sqlite3_value **values; } table;

static double cpu_seconds(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

static void check(int code, sqlite3 *db, const char *what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 3 && argc != 4) { fprintf(stderr, "usage: sqlite-load SRC DEST [ROWS]\n"); return 64; }
    const int batch_rows = argc == 4 ? atoi(argv[3]) : 1;
    if (batch_rows < 1 || batch_rows > 64) { fprintf(stderr, "ROWS: 1 to 64\n"); return 64; }
    sqlite3 *src, *dest;
    check(sqlite3_open_v2(argv[1], &src, SQLITE_OPEN_READONLY, 0), src, "open source");
    /* Tables first (in creation order, so parents come before children), then indexes. */
    sqlite3_stmt *schema;
    check(sqlite3_prepare_v2(src,
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'grdb_migrations' ORDER BY type = 'index', rowid", -1, &schema, 0), src, "schema");
    char tables_sql[1 << 16] = "", indexes_sql[1 << 16] = "";
    table tables[64];
    int table_count = 0, rows = 0;
    while (sqlite3_step(schema) == SQLITE_ROW) {
        const char *type = (const char *)sqlite3_column_text(schema, 0), *name = (const char *)sqlite3_column_text(schema, 1);
        const char *sql = (const char *)sqlite3_column_text(schema, 2);
        strcat(strcmp(type, "index") == 0 ? indexes_sql : tables_sql, sql);
        strcat(strcmp(type, "index") == 0 ? indexes_sql : tables_sql, ";\n");
        if (strcmp(type, "table") != 0) continue;
        char query[256];
        snprintf(query, sizeof query, "SELECT * FROM \"%s\" ORDER BY rowid", name);
        sqlite3_stmt *select;
        check(sqlite3_prepare_v2(src, query, -1, &select, 0), src, query);
        table *t = &tables[table_count++];
        t->columns = sqlite3_column_count(select);
        t->rows = 0;
        int capacity = 1024;
        t->values = malloc(sizeof(sqlite3_value *) * capacity * t->columns);
        while (sqlite3_step(select) == SQLITE_ROW) {
            if (t->rows == capacity) { capacity *= 2; t->values = realloc(t->values, sizeof(sqlite3_value *) * capacity * t->columns); }
            for (int c = 0; c < t->columns; c++) t->values[t->rows * t->columns + c] = sqlite3_value_dup(sqlite3_column_value(select, c));
            t->rows++;
        }
        rows += t->rows;
        sqlite3_finalize(select);
        t->insert = malloc(64 + strlen(name) + 2 * t->columns);
        sprintf(t->insert, "INSERT INTO \"%s\" VALUES (", name);
        for (int c = 0; c < t->columns; c++) strcat(t->insert, c ? ",?" : "?");
        strcat(t->insert, ")");
    }
    sqlite3_finalize(schema);

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    const double cpu0 = cpu_seconds();
    check(sqlite3_open(argv[2], &dest), dest, "open destination");
    check(sqlite3_exec(dest, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; "
        "PRAGMA foreign_keys = ON", 0, 0, 0), dest, "pragmas");
    check(sqlite3_exec(dest, tables_sql, 0, 0, 0), dest, "tables");
    check(sqlite3_exec(dest, "BEGIN", 0, 0, 0), dest, "begin");
    for (int i = 0; i < table_count; i++) {
        table *t = &tables[i];
        sqlite3_stmt *insert, *batch;
        check(sqlite3_prepare_v2(dest, t->insert, -1, &insert, 0), dest, t->insert);
        /* The same INSERT with its VALUES row repeated batch_rows times. */
        const char *row = strstr(t->insert, "VALUES ") + 7;
        char *batch_sql = malloc(strlen(t->insert) + (strlen(row) + 1) * batch_rows + 1);
        strcpy(batch_sql, t->insert);
        for (int k = 1; k < batch_rows; k++) { strcat(batch_sql, ","); strcat(batch_sql, row); }
        check(sqlite3_prepare_v2(dest, batch_sql, -1, &batch, 0), dest, batch_sql);
        int r = 0;
        for (; batch_rows > 1 && r + batch_rows <= t->rows; r += batch_rows) {
            for (int k = 0; k < batch_rows * t->columns; k++) sqlite3_bind_value(batch, k + 1, t->values[r * t->columns + k]);
            check(sqlite3_step(batch), dest, batch_sql);
            sqlite3_reset(batch);
        }
        for (; r < t->rows; r++) {
            for (int c = 0; c < t->columns; c++) sqlite3_bind_value(insert, c + 1, t->values[r * t->columns + c]);
            check(sqlite3_step(insert), dest, t->insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(batch);
        free(batch_sql);
    }
    check(sqlite3_exec(dest, indexes_sql, 0, 0, 0), dest, "indexes");
    check(sqlite3_exec(dest, "COMMIT", 0, 0, 0), dest, "commit");
    check(sqlite3_close(dest), dest, "close");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%.4f %.4f %d\n", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, cpu_seconds() - cpu0, rows);
    return 0;
}
