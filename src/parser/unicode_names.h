/* The table of Unicode character names for \N{...} escapes
   (generated: src/parser/unicode_names.c). */
#ifndef GP_PARSER_UNICODE_NAMES_H
#define GP_PARSER_UNICODE_NAMES_H

/* Sorted "NAME;HEX\n" lines, one per named character. */
extern const char gp_unicode_names[];
extern const unsigned gp_unicode_name_count;

/* Names made of a prefix and the code in hex ("CJK UNIFIED IDEOGRAPH-4E00")
   over these ranges; the list ends with a NULL prefix.  Hangul syllable
   names are composed from their jamo instead. */
typedef struct {
    const char *prefix;
    unsigned lo, hi;
} gp_unicode_name_range;
extern const gp_unicode_name_range gp_unicode_computed[];

#endif
