/*
 * date.c — publication dates in the forms pages and feeds write them, made
 * "YYYY-MM-DD".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest_int.h"

static int month_of(const char *w, size_t n)
{
    static const char *m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (n < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if (strncasecmp(w, m[i], 3) == 0)
            return i + 1;
    return 0;
}

static int valid_ymd(int y, int mo, int d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1800 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
}

int sift_ingest_date(const char *in, char out[11])
{
    if (!in)
        return -1;
    while (sift_ingest_space((unsigned char)*in))
        in++;
    int y = 0, mo = 0, d = 0;
    if (isdigit((unsigned char)in[0]) && strlen(in) >= 10 && in[4] == '-' && in[7] == '-' &&
        sscanf(in, "%4d-%2d-%2d", &y, &mo, &d) == 3 && valid_ymd(y, mo, d))
        goto done;
    /* Words: a 4-digit year, a month name, a day number, in any order. */
    y = mo = d = 0;
    const char *p = in;
    int guard = 0;
    while (*p && guard++ < 16) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalnum((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        if (n == 0)
            break;
        if (isdigit((unsigned char)w[0])) {
            int v = atoi(w);
            if (n == 4 && !y)
                y = v;
            else if (n <= 2 && !d && v >= 1 && v <= 31 && *p != ':')
                d = v;
            else if (*p == ':')
                break; /* a clock time: the date is over */
        } else if (!mo) {
            mo = month_of(w, n);
        }
        if (y && mo && d)
            break;
    }
    if (!valid_ymd(y, mo, d))
        return -1;
done:
    snprintf(out, 11, "%04d-%02d-%02d", y % 10000, mo % 100, d % 100);
    return 0;
}
