/*
 * doctor.h - `smallprint-host doctor`: checks how each browser finds the
 * native host and says what is wrong and how to fix it.
 *
 * Browsers report every manifest mistake the same way ("Specified native
 * messaging host not found."); doctor looks where each browser looks (the
 * table in manifests/browsers.tsv, compiled in as doctor_table.h) and checks,
 * per manifest: that it is valid JSON with the right name, description, type
 * and an absolute path; that the path is an executable file; that the
 * extension's origin (Chromium) or add-on id (Firefox) is allowed; and,
 * unless --no-start, that the host starts the way the browser starts it and
 * answers `hello` with its rules loaded.
 *
 * Ownership: nothing outlives the call.
 * Errors: the exit status: 0 nothing wrong, 1 problems found (each printed
 * with its fix), 2 usage error.
 */
#ifndef SMALLPRINT_DOCTOR_H
#define SMALLPRINT_DOCTOR_H

#include "cli.h"

/* Run doctor with the arguments after the word "doctor". env says which
 * rules this program itself uses (--rules before the command). Output goes
 * to stdout, usage errors to stderr. */
int doctor_main(int argc, char **argv, const cli_env *env);

#endif
