/* Unit tests: the bump allocator (arena.h) and cJSON trees parsed into it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <stdalign.h>
#include <string.h>

#include "arena.h"

static void test_blocks_are_aligned_and_distinct(void **state)
{
    (void)state;
    arena *a = arena_new(256);
    assert_non_null(a);
    unsigned char *prev = NULL;
    for (size_t n = 0; n < 600; n += 7) {
        unsigned char *p = arena_alloc(a, n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % alignof(max_align_t), 0);
        memset(p, 0xAB, n); /* ASan: the whole block is ours */
        assert_ptr_not_equal(p, prev);
        prev = p;
    }
    /* a block larger than a chunk, then small ones still fit the current chunk */
    char *big = arena_alloc(a, 10000);
    assert_non_null(big);
    memset(big, 1, 10000);
    char *s = arena_strdup(a, "kept for 30 days");
    assert_string_equal(s, "kept for 30 days");
    arena_free(a);
    arena_free(NULL);
}

static void test_json_tree_in_an_arena(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    assert_non_null(a);
    arena_json_begin(a);
    cJSON *j = cJSON_Parse("{\"rules\":[{\"id\":\"x.y\",\"anchors\":[\"share\",\"sell\"]}],\"n\":3}");
    arena_json_end();
    assert_non_null(j);
    const cJSON *r = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(j, "rules"), 0);
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(r, "id")->valuestring, "x.y");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(r, "anchors")), 2);
    /* after arena_json_end, cJSON allocates with malloc again */
    cJSON *own = cJSON_CreateString("mine");
    assert_non_null(own);
    cJSON_Delete(own);
    arena_free(a); /* the parsed tree goes with it */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blocks_are_aligned_and_distinct),
        cmocka_unit_test(test_json_tree_in_an_arena),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
