/*
 * main.c — the `sift` command: dispatch to subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "sift.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: sift <command> [options]\n"
            "\n"
            "commands:\n"
            "  analyze [--published YYYY-MM-DD] [--id ID] [--format json|text] FILE...\n"
            "          analyse news reports ('-' reads standard input)\n"
            "  version print the version\n"
            "  help    this text\n"
            "\n"
            "Run 'sift analyze --help' for the options of analyze.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "analyze") == 0 || strcmp(cmd, "analyse") == 0)
        return sift_cli_analyze(argc - 1, argv + 1);
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("sift %s\n", SIFT_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "sift: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}
