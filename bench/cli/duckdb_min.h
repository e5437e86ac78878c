/* The few declarations of DuckDB's C API (duckdb.h) that sources.c calls, written out by hand so the
 * benchmark needs no header download. duckdb_result's layout is DuckDB's own (stable since 0.x). */
#ifndef DUCKDB_MIN_H
#define DUCKDB_MIN_H
#include <stdint.h>

typedef uint64_t idx_t;
typedef enum { DuckDBSuccess = 0, DuckDBError = 1 } duckdb_state;
typedef struct _duckdb_database { void *internal_ptr; } * duckdb_database;
typedef struct _duckdb_connection { void *internal_ptr; } * duckdb_connection;
typedef struct {
    idx_t deprecated_column_count;
    idx_t deprecated_row_count;
    idx_t deprecated_rows_changed;
    void *deprecated_columns;
    char *deprecated_error_message;
    void *internal_data;
} duckdb_result;

duckdb_state duckdb_open(const char *path, duckdb_database *out_database);
duckdb_state duckdb_connect(duckdb_database database, duckdb_connection *out_connection);
duckdb_state duckdb_query(duckdb_connection connection, const char *query, duckdb_result *out_result);
const char *duckdb_result_error(duckdb_result *result);
idx_t duckdb_row_count(duckdb_result *result);
idx_t duckdb_column_count(duckdb_result *result);
char *duckdb_value_varchar(duckdb_result *result, idx_t col, idx_t row);
void duckdb_free(void *ptr);
void duckdb_destroy_result(duckdb_result *result);
void duckdb_disconnect(duckdb_connection *connection);
void duckdb_close(duckdb_database *database);
#endif
