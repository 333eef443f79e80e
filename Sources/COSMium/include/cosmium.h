#ifndef COSMIUM_H
#define COSMIUM_H

/* A plain C face on libosmium's reader, for Swift without C++ interop.
   Every pointer handed to a callback points into libosmium's buffers and is
   valid only during that call. No C++ exception leaves cosmium_read. */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    COSMIUM_NODE = 1,
    COSMIUM_WAY = 2,
    COSMIUM_RELATION = 3
} cosmium_type;

typedef enum {
    COSMIUM_FORMAT_XML = 1,
    COSMIUM_FORMAT_PBF = 2
} cosmium_format;

typedef enum {
    COSMIUM_OK = 0,
    /* a callback returned non-zero */
    COSMIUM_STOPPED = 1,
    /* the file cannot be opened or read */
    COSMIUM_UNREADABLE = 2,
    COSMIUM_CORRUPT_PBF = 3,
    COSMIUM_MALFORMED_XML = 4,
    /* a coordinate libosmium cannot represent (beyond ±214.7°) */
    COSMIUM_INVALID_LOCATION = 5,
    /* out of memory, or an exception of no known kind */
    COSMIUM_INTERNAL = 6
} cosmium_status;

/* Tags with an empty key or value are left out. */
typedef struct {
    const char *key;
    const char *value;
} cosmium_tag;

typedef struct {
    int64_t id;
    /* degrees; not range-checked, out-of-range values pass through */
    double latitude;
    double longitude;
    const cosmium_tag *tags;
    size_t tag_count;
} cosmium_node;

typedef struct {
    int64_t id;
    const int64_t *node_ids;
    size_t node_count;
    const cosmium_tag *tags;
    size_t tag_count;
} cosmium_way;

typedef struct {
    int32_t type; /* cosmium_type */
    int64_t id;
    const char *role; /* never NULL; "" when the file gives none */
} cosmium_member;

typedef struct {
    int64_t id;
    const cosmium_member *members;
    size_t member_count;
    const cosmium_tag *tags;
    size_t tag_count;
} cosmium_relation;

/* Each callback returns 0 to go on, anything else to stop the read. */
typedef struct {
    void *context;
    int (*node)(void *context, const cosmium_node *node);
    int (*way)(void *context, const cosmium_way *way);
    int (*relation)(void *context, const cosmium_relation *relation);
    /* optional: called every progress_interval objects with the count so far */
    void (*progress)(void *context, uint64_t objects);
    uint64_t progress_interval;
} cosmium_handler;

typedef struct {
    int32_t status; /* cosmium_status */
    /* libosmium's own words, one line; "" on success */
    char message[256];
    /* where Expat stopped in an XML file, 1-based; 0 when not known */
    uint64_t line;
    uint64_t column;
    /* objects handed to the callbacks, and the last of them (type 0: none) */
    uint64_t objects;
    int32_t last_type; /* cosmium_type */
    int64_t last_id;
} cosmium_result;

/* Reads every node, way and relation of the file, in file order, into the handler.
   PBF blocks are decoded on a pool of at least two threads while the calling
   thread runs the callbacks. */
void cosmium_read(const char *path, cosmium_format format, const cosmium_handler *handler, cosmium_result *result);

#ifdef __cplusplus
}
#endif

#endif
