/* The command line: gilpy [options] [-c cmd | -m mod | file | -] [args]
   and the interactive prompt. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/repl.h"

static const char usage_text[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the version number and exit (also --version)\n"
    "-X opt : set implementation-specific option:\n"
    "         -X gil=0|1   turn the GIL off or on (free-threaded build)\n"
    "         -X gilstats  print GIL statistics at exit\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static void usage_error(const char *prog, const char *msg) {
    fprintf(stderr, "%s\n", msg);
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", prog);
    fprintf(stderr, "Try `%s -h' for more information.\n", prog);
    exit(2);
}

/* Everything on stdin, for a script piped in. */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    const char *prog = argv[0];
    const char *command = NULL, *module = NULL, *file = NULL;
    int inspect = 0;
    gp_config cfg = {0};
    cfg.program = prog;
    cfg.gil = -1;
    const char **xopts = calloc((size_t)argc + 1, sizeof(char *));
    int nx = 0;
    int i = 1;

    const char *env_gil = getenv("GILPY_GIL");
    if (env_gil && *env_gil) cfg.gil = atoi(env_gil) != 0;
    if (getenv("PYTHONUNBUFFERED") && *getenv("PYTHONUNBUFFERED")) cfg.unbuffered = 1;

    /* Options come first; -c and -m end them, as does the first non-option. */
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) {
            printf("gilpy %s (Python %d.%d compatible)\n", GP_VERSION, GP_PY_MAJOR, GP_PY_MINOR);
            return 0;
        }
        if (strcmp(a, "--help") == 0) { printf(usage_text, prog); return 0; }
        if (a[1] == '-') usage_error(prog, "unknown option");
        /* A cluster of one-letter flags such as -uV; -c, -m, -X take an argument. */
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            const char *arg = NULL;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                if (p[1]) arg = p + 1;
                else if (i + 1 < argc) arg = argv[++i];
                else {
                    fprintf(stderr, "Argument expected for the -%c option\n", c);
                    usage_error(prog, "");
                }
            }
            switch (c) {
            case 'c': command = arg; i++; goto options_done;
            case 'm': module = arg; i++; goto options_done;
            case 'X':
                xopts[nx++] = arg;
                if (strcmp(arg, "gil=0") == 0) cfg.gil = 0;
                else if (strcmp(arg, "gil=1") == 0) cfg.gil = 1;
                goto next_arg;
            case 'W': goto next_arg; /* warnings filters: accepted, not used yet */
            case 'u': cfg.unbuffered = 1; break;
            case 'i': inspect = 1; break;
            case 'V':
                printf("gilpy %s (Python %d.%d compatible)\n", GP_VERSION, GP_PY_MAJOR, GP_PY_MINOR);
                return 0;
            case 'h': case '?': printf(usage_text, prog); return 0;
            case 'B': case 'E': case 's': case 'S': case 'q': case 'O': case 'b': case 'd':
            case 'I': case 'P': break; /* accepted for compatibility; no effect */
            default: {
                char msg[64];
                snprintf(msg, sizeof msg, "Unknown option: -%c", c);
                usage_error(prog, msg);
            }
            }
        }
    next_arg:;
    }
options_done:
    if (!command && !module && i < argc) file = argv[i++];

    /* sys.argv: [script or '-c' / module path / ''] + the rest. */
    int rest = argc - i;
    char **sargv = calloc((size_t)rest + 2, sizeof(char *));
    sargv[0] = (char *)(command ? "-c" : module ? "-m" : file ? file : "");
    for (int k = 0; k < rest; k++) sargv[k + 1] = argv[i + k];
    cfg.argc = rest + 1;
    cfg.argv = sargv;
    cfg.xoptions = xopts;

    /* The script runs under its absolute path (its __file__ and traceback
       lines), and sys.path[0] is its directory; '' otherwise. */
    char *script = NULL, *path0 = NULL;
    if (file && strcmp(file, "-") != 0) {
        script = realpath(file, NULL);
        if (script) {
            char *slash = strrchr(script, '/');
            path0 = strndup(script, (size_t)(slash - script + (slash == script)));
        }
    }
    if (module) path0 = getcwd(NULL, 0);
    cfg.path0 = path0 ? path0 : "";
    int stdin_tty = isatty(0);
    int interactive = !command && !module && (!file || strcmp(file, "-") == 0) && stdin_tty;
    cfg.interactive = interactive || inspect;

    if (file && strcmp(file, "-") != 0) {
        FILE *f = fopen(file, "rb");
        if (!f) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, file, errno,
                    strerror(errno));
            return 2;
        }
        fclose(f);
    }

    gp_thread *t = gp_runtime_start(&cfg);
    if (!t) {
        fprintf(stderr, "%s: fatal error: could not start the interpreter\n", prog);
        return 1;
    }

    int status = 0;
    int rc = 0;
    if (command) {
        rc = gp_run_string(t, command, "<string>");
    } else if (module) {
        rc = gp_run_module(t, module);
    } else if (file && strcmp(file, "-") != 0) {
        rc = gp_run_file(t, script ? script : file);
    } else if (interactive) {
        status = gp_repl(t);
    } else {
        size_t len;
        char *src = read_all(stdin, &len);
        rc = src ? gp_run_string(t, src, "<stdin>") : -1;
        free(src);
    }
    /* An uncaught KeyboardInterrupt ends the process the way SIGINT would,
       once the interpreter is shut down. */
    int by_sigint = rc < 0 && gp_err_matches(t, &gp_exc_KeyboardInterrupt);
    if (rc < 0) status = gp_handle_uncaught(t);
    if (inspect && !interactive && status == 0 && rc == 0) status = gp_repl(t);
    int fin = gp_runtime_finalize(t);
    if (status == 0) status = fin;
    free(sargv);
    free(xopts);
    free(path0);
    free(script);
    if (by_sigint) {
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}
