/*
 * main.c — the `sift` command: dispatch to subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "sift.h"

/* The subcommands, in the order `sift help` lists them. */
static const struct command {
    const char *name, *args, *help;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"analyze", "[--published YYYY-MM-DD] [--format json|text] FILE...",
     "analyse news reports ('-' reads standard input)", sift_cli_analyze},
    SIFT_CLI_MORE_COMMANDS
};

static void usage(FILE *f)
{
    fprintf(f, "usage: sift <command> [options]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-9s %s\n  %-9s   %s\n", commands[i].name, commands[i].args, "",
                commands[i].help);
    fprintf(f, "  version   print the version\n\nRun 'sift <command> --help' for its options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "analyse") == 0)
        cmd = "analyze";
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
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
