/* tmpdir.h - a scratch directory per cmocka test, for tests that write
 * files (sign, history). Include after cmocka.h; the test file defines
 * nothing else named tmpdir_*. */
#ifndef SMALLPRINT_TEST_TMPDIR_H
#define SMALLPRINT_TEST_TMPDIR_H

#include <stdio.h>
#include <stdlib.h>

static char dir[256]; /* the current test's directory */

/* cmocka setup: a new empty directory under /tmp */
static int tmpdir_setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/sp-test-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

/* cmocka teardown: remove it and all it holds */
static int tmpdir_teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
