/* The baseline of bench/cli/run.sh: a process that opens a DuckDB file with DuckDB's own C library, runs
 * the given SQL statements one after the other and prints every row, tab-separated (NULL as empty).
 * Usage: sources DATABASE SQL [SQL…] */
#include <stdio.h>
#include "duckdb_min.h"

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s DATABASE SQL [SQL...]\n", argv[0]);
        return 2;
    }
    duckdb_database db;
    duckdb_connection con;
    if (duckdb_open(argv[1], &db) != DuckDBSuccess) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    if (duckdb_connect(db, &con) != DuckDBSuccess) {
        fprintf(stderr, "cannot connect to %s\n", argv[1]);
        return 1;
    }
    int code = 0;
    for (int q = 2; q < argc && code == 0; q++) {
        duckdb_result result;
        if (duckdb_query(con, argv[q], &result) != DuckDBSuccess) {
            fprintf(stderr, "query %d failed: %s\n", q - 1, duckdb_result_error(&result));
            code = 1;
        } else {
            idx_t rows = duckdb_row_count(&result), columns = duckdb_column_count(&result);
            for (idx_t r = 0; r < rows; r++) {
                for (idx_t c = 0; c < columns; c++) {
                    char *value = duckdb_value_varchar(&result, c, r);
                    printf("%s%s", c ? "\t" : "", value ? value : "");
                    duckdb_free(value);
                }
                putchar('\n');
            }
        }
        duckdb_destroy_result(&result);
    }
    duckdb_disconnect(&con);
    duckdb_close(&db);
    return code;
}
